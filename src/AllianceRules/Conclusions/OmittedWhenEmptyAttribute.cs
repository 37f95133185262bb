namespace AllianceRules.Conclusions;

/// <summary>
/// A list the graph writer (<c>JustificationGraph</c>) leaves out of the JSON when it is empty, as
/// it leaves out null: the contract's schema does not require it (<c>Rendering/ContractSchemas</c>).
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class OmittedWhenEmptyAttribute : Attribute;
