using System.Reflection;
using System.Text;
using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: TestFramework("AllianceRules.Tests.Support.AcceptingTestFramework", "AllianceRules.Tests")]

namespace AllianceRules.Tests.Support;

/// <summary>
/// xunit's own framework, plus one thing: after every test of an accept run has finished, it says
/// what the run wrote (the snapshots and docs it accepted, the rulebook version it recorded) and
/// which of the hand-written theory expectations (tests/theory) the rules now contradict, which no
/// accept may rewrite. A passing test cannot print, and no test knows when the others are done; the
/// assembly runner does.
/// </summary>
public sealed class AcceptingTestFramework(IMessageSink messageSink) : XunitTestFramework(messageSink)
{
    /// <inheritdoc />
    protected override ITestFrameworkExecutor CreateExecutor(AssemblyName assemblyName) =>
        new Executor(assemblyName, SourceInformationProvider, DiagnosticMessageSink);

    private sealed class Executor(AssemblyName assemblyName, ISourceInformationProvider sourceInformationProvider, IMessageSink diagnosticMessageSink)
        : XunitTestFrameworkExecutor(assemblyName, sourceInformationProvider, diagnosticMessageSink)
    {
        protected override async void RunTestCases(IEnumerable<IXunitTestCase> testCases, IMessageSink executionMessageSink, ITestFrameworkExecutionOptions executionOptions)
        {
            using var runner = new Runner(TestAssembly, testCases, DiagnosticMessageSink, executionMessageSink, executionOptions);
            await runner.RunAsync();
        }
    }

    private sealed class Runner(
        ITestAssembly testAssembly,
        IEnumerable<IXunitTestCase> testCases,
        IMessageSink diagnosticMessageSink,
        IMessageSink executionMessageSink,
        ITestFrameworkExecutionOptions executionOptions)
        : XunitTestAssemblyRunner(testAssembly, testCases, diagnosticMessageSink, executionMessageSink, executionOptions)
    {
        protected override Task BeforeTestAssemblyFinishedAsync()
        {
            if (Accept.Requested)
            {
                DiagnosticMessageSink.OnMessage(new DiagnosticMessage(Report()));
            }

            return base.BeforeTestAssemblyFinishedAsync();
        }

        private static string Report()
        {
            if (Accept.Strict)
            {
                return $"{Accept.Command}: strict mode ({Accept.StrictVariable}=true or CI=true) never writes; nothing was accepted.";
            }

            var written = Accept.Summary();
            var text = new StringBuilder();
            text.Append(written.Count == 0
                ? "Every snapshot, generated doc and the rulebook version were already as the code produces them; nothing written.\n"
                : $"Accepted (written as this run produced them):\n{string.Concat(written.Select(w => $"  {w}\n"))}");

            // The theory files are the one kind of expectation an accept cannot take: list what they now contradict.
            var disagreements = TheoryExpectations.Disagreements(TheoryExpectations.Shared);
            if (disagreements.Count > 0)
            {
                text.Append($"Theory expectations that now disagree ({TheoryExpectations.Folder}, hand-written: edit each on purpose if the change is meant, or change the rule back):\n");
                text.AppendJoin("", disagreements.Select(d => $"  {d}\n"));
            }

            text.Append($"{written.Count} snapshots accepted, {disagreements.Count} theory expectations disagree{(disagreements.Count == 0 ? "" : " (listed above)")}.\n");
            if (written.Count > 0)
            {
                text.Append("Next: read `git diff` (that reading is the review), run `dotnet test` again, and commit the files with the change.\n");
            }

            return text.ToString().TrimEnd('\n');
        }
    }
}
