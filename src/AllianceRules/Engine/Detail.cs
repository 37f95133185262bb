namespace AllianceRules.Engine;

/// <summary>How much of an assessment its caller reads: sweeps that read less are spared the work.</summary>
internal enum Detail
{
    /// <summary>Every conclusion with its justification, as the options ask (<see cref="AllianceRulesOptions.CaptureJustification"/>).</summary>
    Justified,

    /// <summary>The rules, claims and decisions behind each conclusion, without the facts they matched (a table row, a remedy).</summary>
    Rules,

    /// <summary>Each conclusion and its value, nothing behind it (a conclusion map: what-if neighbours, the lint).</summary>
    Values,
}
