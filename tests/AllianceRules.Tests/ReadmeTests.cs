using System.Text.RegularExpressions;
using AllianceRules.Tests.Support;

namespace AllianceRules.Tests;

public partial class ReadmeTests
{
    [Fact]
    public void FirstCSharpBlock_IsTheQuickStartProgram_SoTheBuildCompilesIt()
    {
        var readme = RepositoryFiles.Read("README.md");

        var firstBlock = CSharpBlock().Match(readme);

        Assert.True(firstBlock.Success, "README.md has no ```csharp block");
        Assert.Equal(RepositoryFiles.Read("samples/QuickStart/Program.cs"), firstBlock.Groups["code"].Value);
    }

    [Fact]
    public void FirstFencedBlock_IsTheTwoCommands()
    {
        var readme = RepositoryFiles.Read("README.md");

        var first = FencedBlock().Match(readme);

        Assert.Equal("dotnet run --project samples/QuickStart\ndotnet test\n", first.Groups["code"].Value);
        Assert.True(File.Exists(RepositoryFiles.Path("samples/QuickStart/QuickStart.csproj")));
    }

    [GeneratedRegex("```csharp\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();

    [GeneratedRegex("```[a-z]*\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex FencedBlock();
}
