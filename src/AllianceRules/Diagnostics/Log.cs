using Microsoft.Extensions.Logging;

namespace AllianceRules.Diagnostics;

/// <summary>The library's log messages, generated so that a disabled level costs nothing.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Compiled rulebook {RulebookVersion}: {RuleCount} rules in {ElapsedMilliseconds} ms")]
    public static partial void RulebookCompiled(ILogger logger, string rulebookVersion, int ruleCount, long elapsedMilliseconds);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Assessment of scenario {ScenarioId} failed: {Reason}")]
    public static partial void AssessmentFailed(ILogger logger, string? scenarioId, string reason);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "{Operation} of scenario {ScenarioId} stopped at the search budget after {Assessed} assessments")]
    public static partial void SearchBudgetReached(ILogger logger, string operation, string? scenarioId, int assessed);
}
