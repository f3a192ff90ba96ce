enum Page { static let html = "<!doctype html><title>Precis</title>" }
