using NRules.RuleModel;

namespace AllianceRules.Engine;

/// <summary>What a reader needs to know of one compiled rule.</summary>
internal sealed record RuleInfo(string Name, string Description, IReadOnlyList<string> Claims)
{
    public static RuleInfo From(IRuleDefinition rule) =>
        new(rule.Name, rule.Description ?? "", ClaimIds.Order(rule.Tags.Where(ClaimIds.IsClaimId)));
}
