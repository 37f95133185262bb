using Microsoft.Extensions.DependencyInjection;

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

        Assert.Equal("The rulebook drew 0 postures (); exactly one is expected.", ex.Message);
    }

    [Fact]
    public void AddAllianceRules_NullServices_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => AllianceRulesServiceCollectionExtensions.AddAllianceRules(null!));
    }
}
