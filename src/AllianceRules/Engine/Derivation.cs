using NRules.RuleModel;

namespace AllianceRules.Engine;

/// <summary>How one derived fact came about: the rule that yielded it and the facts that rule matched.</summary>
internal sealed record Derivation(object Fact, IRuleDefinition Rule, IReadOnlyList<object> Matched);
