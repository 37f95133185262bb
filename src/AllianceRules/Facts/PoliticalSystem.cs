namespace AllianceRules.Facts;

/// <summary>Whether a great power has affirmed respect for the hedging state's political system (C44).</summary>
public enum PoliticalSystem
{
    /// <summary>It has affirmed that respect, in word and deed.</summary>
    Affirmed,

    /// <summary>It has affirmed it "with some degree of success" (C44): in part, not beyond doubt.</summary>
    Partial,

    /// <summary>It has not affirmed it.</summary>
    NotAffirmed,
}
