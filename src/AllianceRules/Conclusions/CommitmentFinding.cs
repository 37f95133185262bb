namespace AllianceRules.Conclusions;

/// <summary>Whether a patron's commitment is credible, and if not, what it lacks (drawn while balancing).</summary>
/// <param name="Power">The patron.</param>
/// <param name="Credible">Whether no gap remains (C43).</param>
/// <param name="Gaps">What the commitment lacks, in rulebook order; empty when credible.</param>
/// <param name="Claims">The claim IDs the verdict rests on, its gaps' included.</param>
/// <param name="Because">The rules that drew the verdict and the facts they matched.</param>
public sealed record CommitmentFinding(
    string Power,
    bool Credible,
    IReadOnlyList<GapFinding> Gaps,
    IReadOnlyList<string> Claims,
    IReadOnlyList<Justification> Because);
