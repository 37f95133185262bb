using AllianceRules.Facts;

namespace AllianceRules.Scenarios;

/// <summary>
/// One risk the record speaks of, present or absent. A risk the record does not list is not
/// compared: the record says nothing of it. Scored both ways: present and predicted, or absent
/// and not predicted, is a match; present and not predicted, or absent and predicted (a false
/// alarm), is a miss.
/// </summary>
public sealed record ObservedRisk
{
    /// <summary>The risk.</summary>
    public required Risk Risk { get; init; }

    /// <summary>Whether it materialised (or was feared), or a source shows it did not.</summary>
    public required RiskStatus Status { get; init; }

    /// <summary>
    /// What shows the status: required for <see cref="RiskStatus.Absent"/>, since absent is
    /// recorded only on evidence (the codebook); optional for <see cref="RiskStatus.Present"/>.
    /// </summary>
    public string? Evidence { get; init; }
}
