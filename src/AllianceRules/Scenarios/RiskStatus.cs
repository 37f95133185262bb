namespace AllianceRules.Scenarios;

/// <summary>What the record says of a risk (history.md, "Changes in v3"): it happened or was feared, or a source shows it did not happen.</summary>
public enum RiskStatus
{
    /// <summary>The risk materialised or was feared on the record.</summary>
    Present,

    /// <summary>A source shows the risk did not materialise; never recorded from silence ("nothing happened that we know of" is not absent).</summary>
    Absent,
}
