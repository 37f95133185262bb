namespace AllianceRules.Diagnostics;

/// <summary>
/// The names under which the library reports what it does, for OpenTelemetry or any listener:
/// <c>.AddSource(AllianceRulesDiagnostics.ActivitySourceName)</c> and
/// <c>.AddMeter(AllianceRulesDiagnostics.MeterName)</c>. Nothing is measured while nobody listens.
/// </summary>
public static class AllianceRulesDiagnostics
{
    /// <summary>
    /// The <see cref="System.Diagnostics.ActivitySource"/> of the library: one span per
    /// <c>AllianceRules.Assess</c>, <c>AllianceRules.Explain</c>, <c>AllianceRules.WhatIf</c> and
    /// <c>AllianceRules.Sweep</c> (the decision table, a theory diff, a backtest, AssessMany).
    /// </summary>
    public const string ActivitySourceName = "AllianceRules";

    /// <summary>
    /// The <see cref="System.Diagnostics.Metrics.Meter"/> of the library: <c>alliance_rules.assessments</c>,
    /// <c>alliance_rules.assessment.duration</c> (s), <c>alliance_rules.rules_fired</c> and
    /// <c>alliance_rules.assessment.failures</c>.
    /// </summary>
    public const string MeterName = "AllianceRules";

    /// <summary>The span attribute with the rulebook version.</summary>
    public const string RulebookVersionTag = "alliance_rules.rulebook.version";

    /// <summary>The span attribute with the scenario's ID.</summary>
    public const string ScenarioIdTag = "alliance_rules.scenario.id";

    /// <summary>The span attribute with how many rules fired.</summary>
    public const string RulesFiredTag = "alliance_rules.rules_fired";

    /// <summary>The span attribute with how many scenarios a sweep or search assessed.</summary>
    public const string AssessedTag = "alliance_rules.assessed";
}
