namespace AllianceRules.Tests.Reliability;

/// <summary>How many generated cases each property checks (reported in the closing notes of the reliability work).</summary>
internal static class PropertyTests
{
    public const int Cases = 300;
}
