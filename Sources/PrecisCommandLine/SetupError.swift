/// A problem with the command line or the machine that stops a command before any work is
/// done (exit status 2).
package struct SetupError: Error, CustomStringConvertible {
    package let description: String
    package init(_ description: String) { self.description = description }
}

