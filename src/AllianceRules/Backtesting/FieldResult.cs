namespace AllianceRules.Backtesting;

/// <summary>How one field of the record scores against a predictor (the rulebook or a baseline).</summary>
public enum FieldResult
{
    /// <summary>The predicted value is the observed one.</summary>
    Match,

    /// <summary>The predicted value is not the observed one (for a risk, also a false alarm: predicted, and absent on the record).</summary>
    Miss,

    /// <summary>
    /// The predictor is silent on the field (the rulebook's NoClaim, or no conclusion drawn; a
    /// baseline with nothing to go on): counted as coverage, never as a match or a miss (D10).
    /// </summary>
    Abstention,
}
