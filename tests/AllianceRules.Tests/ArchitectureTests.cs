using System.Reflection;
using System.Text.RegularExpressions;
using NetArchTest.Rules;

namespace AllianceRules.Tests;

/// <summary>
/// Pins which part of the library may depend on which (docs/architecture.md, "The layers"), so
/// that the next call back into the facade or the next namespace cycle fails here, not in review.
/// </summary>
/// <remarks>
/// The root namespace holds both data every layer passes around (<see cref="Scenario"/>,
/// <see cref="Assessment"/>, <see cref="AllianceRulesOptions"/>, <see cref="RulebookException"/>, …)
/// and the facade. Moving the data types out would break every user's <c>using</c> for no change
/// in behaviour, so the rules name the facade's types exactly and leave the data types free.
/// </remarks>
public class ArchitectureTests
{
    private static readonly Assembly Library = typeof(AllianceAssessor).Assembly;

    // The library's types read once (Mono.Cecil): the cycle check asks about every pair of namespaces.
    private static readonly Lazy<Types> LibraryTypes = new(() => Types.InAssembly(Library));

    /// <summary>The facade: the public door, which calls the tools; nothing inside the library may call it.</summary>
    private static readonly string[] Facade =
    [
        typeof(AllianceAssessor).FullName!,
        typeof(IAllianceAssessor).FullName!,
        typeof(AllianceRulesServiceCollectionExtensions).FullName!,
    ];

    /// <summary>
    /// The layers, bottom first: a layer may use those below it and never one above. The rules use
    /// the conclusion facts (a rule yields a <c>PostureConclusion</c>), so Conclusions sit below Rules.
    /// </summary>
    private static readonly (string Name, string[] Namespaces)[] Layers =
    [
        ("foundation", ["AllianceRules.Facts", "AllianceRules.Facts.Derived", "AllianceRules.Claims", "AllianceRules.Scenarios", "AllianceRules.Diagnostics", "AllianceRules.Files"]),
        ("conclusions", ["AllianceRules.Conclusions"]),
        ("rules", ["AllianceRules.Rules"]),
        ("engine", ["AllianceRules.Engine"]),
        ("tools", ["AllianceRules.Backtesting", "AllianceRules.Explanations", "AllianceRules.Counterfactuals", "AllianceRules.Theory", "AllianceRules.Testing", "AllianceRules.Weighing", "AllianceRules.Arguments"]),
        ("rendering", ["AllianceRules.Rendering"]),
    ];

    /// <summary>
    /// Namespace pairs that still depend on each other, each with why. Scenarios reads scenario
    /// JSON with the one source-generated contract in Serialization, and that contract holds every
    /// output type as well as the scenario's, so it cannot sit below Scenarios without being split.
    /// </summary>
    private static readonly HashSet<(string, string)> KnownCycles =
    [
        ("AllianceRules.Scenarios", "AllianceRules.Serialization"),
    ];

    public static TheoryData<string> LayerNames() => new(Layers.Select(l => l.Name));

    [Theory]
    [MemberData(nameof(LayerNames))]
    public void A_layer_uses_no_layer_above_it_nor_the_facade(string layer)
    {
        var index = Array.FindIndex(Layers, l => l.Name == layer);
        string[] above = [.. Layers.Skip(index + 1).SelectMany(l => l.Namespaces), .. Facade];

        var result = LibraryTypes.Value
            .That().ResideInNamespaceMatching(Exactly(Layers[index].Namespaces))
            .ShouldNot().HaveDependencyOnAny(above)
            .GetResult();

        Assert.True(result.IsSuccessful, $"the {layer} layer may not use {string.Join(", ", above)}; these types do: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Fact]
    public void The_tools_reach_the_engine_through_the_host_and_never_through_the_facade()
    {
        // Named apart from the layer rule: this is the one the tools broke before (AssessInBlocks,
        // AssessEach, AssessVerdicts, Derive and AssessWithRulesFired were the facade's).
        var result = LibraryTypes.Value
            .That().ResideInNamespaceMatching(Exactly(Layers.Single(l => l.Name == "tools").Namespaces))
            .ShouldNot().HaveDependencyOnAny(Facade)
            .GetResult();

        Assert.True(result.IsSuccessful, $"tools that use the facade: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Fact]
    public void The_cli_and_the_web_package_use_the_public_api_only()
    {
        // What they need is public and documented (Names.Inert, InputFile, …); the internals are
        // the tests' and the benchmarks' alone.
        var friends = Library.GetCustomAttributes<System.Runtime.CompilerServices.InternalsVisibleToAttribute>()
            .Select(a => a.AssemblyName)
            .Order(StringComparer.Ordinal);

        Assert.Equal(["AllianceRules.Benchmarks", "AllianceRules.Tests"], friends);
    }

    [Fact]
    public void No_two_namespaces_depend_on_each_other()
    {
        // The root namespace is left out: its data types are used by every layer and carry the
        // findings, which is not a cycle of layers (see the remarks above). A nested namespace
        // (Facts.Derived) counts with its parent.
        var namespaces = Library.GetTypes()
            .Select(t => t.Namespace)
            .OfType<string>()
            .Where(n => n.StartsWith("AllianceRules.", StringComparison.Ordinal))
            .Select(n => string.Join('.', n.Split('.').Take(2)))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToArray();
        var uses = namespaces.ToDictionary(n => n, n => namespaces.Where(other => other != n && Uses(n, other)).ToHashSet());

        var cycles = (
            from a in namespaces
            from b in uses[a]
            where string.CompareOrdinal(a, b) < 0 && uses[b].Contains(a) && !KnownCycles.Contains((a, b))
            select $"{a} <-> {b}").ToArray();

        Assert.True(cycles.Length == 0, "namespaces that depend on each other: " + string.Join("; ", cycles));
        Assert.All(KnownCycles, known => Assert.True(uses[known.Item1].Contains(known.Item2) && uses[known.Item2].Contains(known.Item1), $"{known} is no longer a cycle: take it off the list"));
    }

    /// <summary>Whether a type in namespace <paramref name="from"/> (or one nested in it) uses a type in <paramref name="to"/> (or one nested in it).</summary>
    private static bool Uses(string from, string to) =>
        LibraryTypes.Value
            .That().ResideInNamespaceMatching("^" + Regex.Escape(from) + @"(\..+)?$")
            .And().HaveDependencyOn(to)
            .GetTypes()
            .Any();

    private static string Exactly(IEnumerable<string> namespaces) =>
        "^(" + string.Join("|", namespaces.Select(Regex.Escape)) + ")$";
}
