// `import Precis` brings the value types of PrecisCore (Document, Sentence, Token, Language…).
@_exported public import PrecisCore
