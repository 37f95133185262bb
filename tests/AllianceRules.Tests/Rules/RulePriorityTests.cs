using System.Text.RegularExpressions;
using AllianceRules.Rules;
using AllianceRules.Tests.Support;
using NRules;
using NRules.Fluent;
using NRules.RuleModel;

namespace AllianceRules.Tests.Rules;

/// <summary>
/// A rule's priority is named after its section, so the firing order can be read off the
/// rulebook's sections. Sections share values, so the compiled priority alone cannot tell
/// <c>Needs</c> from <c>Commitment</c>: the test reads the constant the source names, and checks
/// NRules compiled its value.
/// </summary>
public partial class RulePriorityTests
{
    [Fact]
    public void Priority_EveryRule_IsItsSectionsOrItsSectionsConsequence()
    {
        var repository = new RuleRepository();
        repository.Load(spec => spec.From(typeof(RulePriority).Assembly).PrivateTypes(true).Where(rule => AllianceRules.Rules.AlternativeToAttribute.IsArticleRule(rule.RuleType)));
        var rules = repository.GetRules().ToArray();

        Assert.NotEmpty(rules);
        Assert.All(rules, rule =>
        {
            var section = rule.Name.Split('.')[0];
            var type = (Type)rule.Properties[RuleProperties.ClrType]!;
            var path = $"src/AllianceRules/Rules/{section}/{type.Name}.cs";
            Assert.True(File.Exists(RepositoryFiles.Path(path)), $"{rule.Name} is not in {path}, the folder of its section");

            var named = PriorityAttribute().Match(RepositoryFiles.Read(path));
            Assert.True(named.Success, $"{path} does not take its priority from RulePriority");
            var constant = named.Groups["name"].Value;
            Assert.True(
                constant == section || constant == section + "Consequence",
                $"{rule.Name} has priority RulePriority.{constant}; a rule of {section} takes RulePriority.{section}, or RulePriority.{section}Consequence where the section has that step");
            Assert.Equal(typeof(RulePriority).GetField(constant)!.GetRawConstantValue(), rule.Priority);
        });
    }

    [GeneratedRegex(@"\[Priority\(RulePriority\.(?<name>\w+)\)\]")]
    private static partial Regex PriorityAttribute();
}
