namespace AllianceRules.Tests.Reliability;

/// <summary>How many generated cases each property checks (reported in the closing notes of the reliability work).</summary>
internal static class PropertyTests
{
    public const int Cases = 300;

    /// <summary>
    /// For the properties whose one case is a sequence of scenarios (up to 8 generated ones, or a
    /// scenario and each of its what-if neighbours, a few dozen): each case assesses many
    /// scenarios twice, so fewer cases check about as many assessments as the others do.
    /// </summary>
    public const int SequenceCases = 25;
}
