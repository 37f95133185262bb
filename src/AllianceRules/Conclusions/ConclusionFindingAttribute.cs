using System.Diagnostics.CodeAnalysis;

namespace AllianceRules.Conclusions;

/// <summary>
/// Names the finding type of a <see cref="ConclusionKind"/>, whose static <c>Descriptor</c>
/// describes the kind (<see cref="ConclusionDescriptor"/>): the enum is the one list of kinds, and
/// each kind's descriptor lives with its finding.
/// </summary>
[AttributeUsage(AttributeTargets.Field)]
internal sealed class ConclusionFindingAttribute(
    [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.NonPublicProperties | DynamicallyAccessedMemberTypes.PublicProperties)] Type findingType) : Attribute
{
    [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.NonPublicProperties | DynamicallyAccessedMemberTypes.PublicProperties)]
    public Type FindingType { get; } = findingType;
}
