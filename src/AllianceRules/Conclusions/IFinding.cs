namespace AllianceRules.Conclusions;

/// <summary>
/// One conclusion of an assessment, whatever its kind: what it is about (<see cref="Key"/>), what was
/// concluded (<see cref="Value"/>), the claims it rests on and the rules that drew it. Every finding
/// type implements it, so that tools (explanations, what-if, reports) loop over
/// <see cref="Assessment.Findings"/> instead of knowing each kind.
/// </summary>
public interface IFinding
{
    /// <summary>Which conclusion this is, such as <c>outlook[Soviet Union]</c>.</summary>
    ConclusionKey Key { get; }

    /// <summary>
    /// What was concluded, as text: a posture, decision or outlook by name, <c>credible</c> or
    /// <c>not credible</c> for a commitment, and <see cref="ConclusionMap.Present"/> for needs,
    /// gaps, risks and advice, which are drawn or not.
    /// </summary>
    string Value { get; }

    /// <summary>The claim IDs the conclusion rests on, in order.</summary>
    IReadOnlyList<string> Claims { get; }

    /// <summary>
    /// The IDs of the project's decisions the conclusion rests on, anywhere in its justification;
    /// empty when the article states the conclusion. A conclusion with decisions is inferred.
    /// </summary>
    IReadOnlyList<string> Decisions { get; }

    /// <summary>
    /// The claims, anywhere in the conclusion's justification, whose modal word qualifies it (such
    /// as C33, "is likely to limit"): reports show the words beside the conclusion, which is never
    /// surer than its claims. Empty when no claim beneath it is hedged.
    /// </summary>
    IReadOnlyList<string> Hedges { get; }

    /// <summary>The rules that drew the conclusion and the facts they matched; empty where the article is silent.</summary>
    IReadOnlyList<Justification> Because { get; }

    /// <summary>The conclusion in a few words, for reports: <c>Soviet Union AllianceTreaty: Accept</c>.</summary>
    string Headline { get; }
}
