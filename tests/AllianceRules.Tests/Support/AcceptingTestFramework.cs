using System.Reflection;
using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: TestFramework("AllianceRules.Tests.Support.AcceptingTestFramework", "AllianceRules.Tests")]

namespace AllianceRules.Tests.Support;

/// <summary>
/// xunit's own framework, plus one thing: after every test of an accept run has finished, it says
/// what the run wrote (the snapshots and docs it accepted, the rulebook version it recorded). A
/// passing test cannot print, and no test knows when the others are done; the assembly runner does.
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
                var written = Accept.Summary();
                var report = Accept.Strict
                    ? $"{Accept.Command}: strict mode ({Accept.StrictVariable}=true or CI=true) never writes; nothing was accepted."
                    : written.Count == 0
                        ? $"{Accept.Command}: every snapshot, generated doc and the rulebook version were already as the code produces them; nothing written."
                        : $"{Accept.Command} wrote {written.Count} files:\n" + string.Concat(written.Select(w => $"  {w}\n")) +
                          "Next: read `git diff` (that reading is the review), run `dotnet test` again, and commit the files with the change.";
                DiagnosticMessageSink.OnMessage(new DiagnosticMessage(report));
            }

            return base.BeforeTestAssemblyFinishedAsync();
        }
    }
}
