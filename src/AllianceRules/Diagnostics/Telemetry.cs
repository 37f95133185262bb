using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace AllianceRules.Diagnostics;

/// <summary>The library's activity source and instruments; each check is a field read when nobody listens.</summary>
internal static class Telemetry
{
    private static readonly string Version = typeof(Telemetry).Assembly.GetName().Version?.ToString() ?? "0.0.0";

    public static readonly ActivitySource Source = new(AllianceRulesDiagnostics.ActivitySourceName, Version);

    private static readonly Meter Meter = new(AllianceRulesDiagnostics.MeterName, Version);

    public static readonly Counter<long> Assessments =
        Meter.CreateCounter<long>("alliance_rules.assessments", "{assessment}", "Assessments completed, sweeps included.");

    public static readonly Histogram<double> Duration =
        Meter.CreateHistogram<double>("alliance_rules.assessment.duration", "s", "How long one assessment took, from facts in to findings out.");

    public static readonly Histogram<long> RulesFired =
        Meter.CreateHistogram<long>("alliance_rules.rules_fired", "{firing}", "How many rule firings one assessment took.");

    public static readonly Counter<long> Failures =
        Meter.CreateCounter<long>("alliance_rules.assessment.failures", "{assessment}", "Assessments ended by a rulebook error (a rule that throws, loops or blocks).");

    /// <summary>Starts a span for a public operation, tagged with the rulebook and scenario, if anyone listens.</summary>
    public static Activity? Start(string operation, string? scenarioId)
    {
        var activity = Source.StartActivity("AllianceRules." + operation);
        if (activity is not null)
        {
            activity.SetTag(AllianceRulesDiagnostics.RulebookVersionTag, RulebookVersion.Current);
            if (scenarioId is not null)
            {
                activity.SetTag(AllianceRulesDiagnostics.ScenarioIdTag, scenarioId);
            }
        }

        return activity;
    }

    /// <summary>Marks a span failed with the exception's type, as the OpenTelemetry conventions do.</summary>
    public static void Fail(Activity? activity, Exception error)
    {
        if (activity is not null)
        {
            activity.SetStatus(ActivityStatusCode.Error, error.Message);
            activity.SetTag("error.type", error.GetType().FullName);
        }
    }
}
