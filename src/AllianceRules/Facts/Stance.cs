using System.ComponentModel;

namespace AllianceRules.Facts;

/// <summary>A great power's stance toward the neighbour.</summary>
public enum Stance
{
    /// <summary>Seeks to contain the neighbour by courting its periphery (C08).</summary>
    [Description("contains the neighbour")]
    Containment,

    /// <summary>Neither contains nor courts the neighbour.</summary>
    [Description("neutral")]
    Neutral,

    /// <summary>Improves relations with the neighbour and retrenches (C26).</summary>
    [Description("seeks rapprochement with the neighbour")]
    Rapprochement,
}
