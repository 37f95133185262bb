using System.ComponentModel;

namespace AllianceRules.Facts;

/// <summary>How likely an alliance between the hedging state and a great power is.</summary>
public enum AllianceOutlook
{
    /// <summary>Balancing, with a patron whose commitment is credible (C43).</summary>
    [Description("likely")]
    Likely,

    /// <summary>Balancing, with a patron whose commitment still has gaps: "not nil" (C31).</summary>
    [Description("possible")]
    Possible,

    /// <summary>Every other case (C04, C20, C26).</summary>
    [Description("unlikely")]
    Unlikely,
}
