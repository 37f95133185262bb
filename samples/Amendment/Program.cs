using Amendment;
using AllianceRules;
using AllianceRules.Rendering;
using AllianceRules.Theory;

// One disagreement with the article, and its effect on the whole theory: the decision-table rows
// and the built-in conclusions it changes, as Markdown for a pull-request comment.
var amendment = new ReassuranceAmendment();
var options = new AllianceRulesOptions();
amendment.Apply(options);

var diff = TheoryDiff.Compare(new AllianceAssessor(), new AllianceAssessor(options));
Console.WriteLine(TheoryDiffReport.RenderMarkdown(diff, amendment.Description));
