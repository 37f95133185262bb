using AllianceRules.Engine;
using NRules.RuleModel;

namespace AllianceRules.Claims;

/// <summary>One compiled rule as a reader sees it: its stable name, the claim it paraphrases and the claim IDs it carries.</summary>
/// <param name="Name">The stable name, such as <c>Posture.BandwagonWhenRelationsGoodOrStable</c>; the part before the dot is the rulebook section.</param>
/// <param name="Description">The claim it encodes, paraphrased.</param>
/// <param name="Decisions">The IDs of the project's decisions the rule cites (<c>[Tag("Dnn")]</c>): where it concludes more than its claims state.</param>
/// <param name="Claims">The claim IDs it carries, in order.</param>
public sealed record RuleDescription(string Name, string Description, IReadOnlyList<string> Claims, IReadOnlyList<string> Decisions)
{
    /// <summary>The rulebook section the rule belongs to: the part of its name before the first dot.</summary>
    public string Section => Name.Split('.')[0];

    internal static RuleDescription From(IRuleDefinition rule) =>
        new(
            rule.Name,
            rule.Description ?? "",
            ClaimIds.Order(rule.Tags.Where(ClaimIds.IsClaimId)),
            ClaimIds.Order(rule.Tags.Where(ClaimIds.IsDecisionId)));
}
