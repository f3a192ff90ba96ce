import ArgumentParser
import PrecisCommandLine

/// `precis-eval`: measuring Precis, kept out of the product. Scores summaries (ROUGE), keywords
/// (F1@k), segmentation (boundary F1) and language identification on evaluation sets, and
/// trains and tests the part-of-speech taggers on Universal Dependencies treebanks. Every data
/// path is an argument (the make targets pass `$(EVAL)` and `$(UD)`).
@main
struct PrecisEvalCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "precis-eval",
        abstract: "Measure Precis on evaluation sets, and train its taggers.",
        discussion: """
            The data folders are arguments: evaluation sets laid out as shared/eval \
            (summaries/<set>/<id>.txt + .ref, keywords/<set>/<id>.txt + .key, \
            segmentation/<lang>/) and treebanks as shared/data/ud (<lang>/train.tsv, test.tsv).
            """,
        version: "0.1.0",
        subcommands: [
            EvalSummariesCommand.self, EvalKeywordsCommand.self, EvalSegmentationCommand.self, EvalLanguageCommand.self,
            TaggerCommand.self,
        ]
    )

    static func main() async { await ExitStatuses.run(PrecisEvalCommand.self) }
}
