namespace AllianceRules.Tests.Support;

/// <summary>
/// Test classes whose work already sweeps on every core (the lint switching off every rule and
/// claim, the weighing of the readings): xunit runs them alone, after the classes that run side by side, so that their sweeps
/// do not wait for cores that other classes' tests hold, and those tests not for theirs.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SweepsOnEveryCore
{
    /// <summary>The collection's name, for <see cref="CollectionAttribute"/>.</summary>
    public const string Name = "Sweeps on every core";
}
