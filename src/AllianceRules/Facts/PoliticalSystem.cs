using System.ComponentModel;

namespace AllianceRules.Facts;

/// <summary>Whether a great power has affirmed respect for the hedging state's political system (C44).</summary>
public enum PoliticalSystem
{
    /// <summary>It has affirmed that respect, in word and deed.</summary>
    [Description("has affirmed respect for the political system")]
    Affirmed,

    /// <summary>It has affirmed it "with some degree of success" (C44): in part, not beyond doubt.</summary>
    [Description("has partly affirmed respect for the political system")]
    Partial,

    /// <summary>It has not affirmed it.</summary>
    [Description("has not affirmed respect for the political system")]
    NotAffirmed,
}
