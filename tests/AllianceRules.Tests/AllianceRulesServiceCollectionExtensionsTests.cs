using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AllianceRules.Tests;

public class AllianceRulesServiceCollectionExtensionsTests
{
    [Fact]
    public void AddAllianceRules_RegistersOneSingletonAssessor()
    {
        using var provider = new ServiceCollection().AddAllianceRules().BuildServiceProvider();

        var first = provider.GetRequiredService<IAllianceAssessor>();

        Assert.IsType<AllianceAssessor>(first);
        Assert.Same(first, provider.GetRequiredService<IAllianceAssessor>());
    }

    [Fact]
    public void AddAllianceRules_CalledTwice_KeepsTheFirstRegistration()
    {
        var services = new ServiceCollection();

        services.AddAllianceRules().AddAllianceRules();

        Assert.Single(services, d => d.ServiceType == typeof(IAllianceAssessor));
    }

    [Fact]
    public void AddAllianceRules_DisabledClaim_LeavesItsRulesOut()
    {
        using var provider = new ServiceCollection()
            .AddAllianceRules(options => options.DisabledClaims.Add("C03"))
            .BuildServiceProvider();
        var assessor = provider.GetRequiredService<IAllianceAssessor>();
        var stable = new Scenario { Relation = new() { Level = Facts.RelationLevel.Stable } };

        var ex = Assert.Throws<RulebookException>(() => assessor.Assess(stable));

        Assert.Equal("the rulebook drew no posture (exactly one is expected)", ex.Message);
    }

    [Fact]
    public void AddAllianceRules_NullServices_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => AllianceRulesServiceCollectionExtensions.AddAllianceRules(null!));
    }

    private const string Options =
        "the options are AidBenchmark:AnnualUsd, AidBenchmark:ShareOfGdp, CaptureJustification, DisabledClaims, DisabledRules, InterpretRules, MaxRuleFirings, MaxSearchAssessments, RuleTimeout";

    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    [Fact]
    public void WithConfiguration_MisspeltKey_FailsAtRegistration_NamingTheKeyAndTheOptions()
    {
        var services = new ServiceCollection();

        var error = Assert.Throws<InvalidOperationException>(() => services.AddAllianceRules(Configuration(("AllianceRules:MaxSerchAssessments", "10"))));

        Assert.Equal($"configuration key AllianceRules:MaxSerchAssessments is not an option of AllianceRules (did you mean MaxSearchAssessments?); {Options}", error.Message);
        Assert.DoesNotContain(services, d => d.ServiceType == typeof(IAllianceAssessor));
    }

    [Fact]
    public void ConfigurationRegisteredAsInstance_MisspeltNestedKey_FailsAtRegistration()
    {
        var services = new ServiceCollection().AddSingleton(Configuration(("AllianceRules:AidBenchmark:AnualUsd", "1")));

        var error = Assert.Throws<InvalidOperationException>(() => services.AddAllianceRules());

        Assert.Equal($"configuration key AllianceRules:AidBenchmark:AnualUsd is not an option of AllianceRules (did you mean AnnualUsd?); {Options}", error.Message);
    }

    [Fact]
    public void WithConfiguration_RuleTypes_AreRefusedWithWhereToSetThem()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            new ServiceCollection().AddAllianceRules(Configuration(("AllianceRules:AdditionalRuleTypes:0", "MyRule"))));

        Assert.StartsWith("configuration key AllianceRules:AdditionalRuleTypes cannot be set from configuration", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithConfiguration_TheSectionGivenAsAValue_IsRefused_NotIgnored()
    {
        // "AllianceRules": "flat" in appsettings.json bound nothing and said nothing.
        var error = Assert.Throws<InvalidOperationException>(() =>
            new ServiceCollection().AddAllianceRules(Configuration(("AllianceRules", "flat"))).BuildServiceProvider().GetRequiredService<IAllianceAssessor>());

        Assert.Equal("configuration key AllianceRules must be a section of options (such as AllianceRules:MaxSearchAssessments), not a value", error.Message);
    }

    [Fact]
    public void WithConfiguration_KnownKeys_AreBoundThenConfigureRuns()
    {
        var configuration = Configuration(
            ("AllianceRules:MaxSearchAssessments", "2000"),
            ("AllianceRules:disabledClaims:0", "C15"),
            ("AllianceRules:AidBenchmark:AnnualUsd", "1000000000"));
        using var provider = new ServiceCollection()
            .AddAllianceRules(configuration, options => options.MaxRuleFirings = 500)
            .BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<AllianceRulesOptions>>().Value;

        Assert.Equal(2000, options.MaxSearchAssessments);
        Assert.Equal(["C15"], options.DisabledClaims);
        Assert.Equal(1_000_000_000m, options.AidBenchmark.AnnualUsd);
        Assert.Equal(500, options.MaxRuleFirings);
    }

    [Fact]
    public void WithConfiguration_NoSection_KeepsTheDefaults()
    {
        using var provider = new ServiceCollection().AddAllianceRules(Configuration(("Logging:LogLevel:Default", "Debug"))).BuildServiceProvider();

        Assert.Equal(AllianceRulesOptions.DefaultMaxSearchAssessments, provider.GetRequiredService<IOptions<AllianceRulesOptions>>().Value.MaxSearchAssessments);
    }
}
