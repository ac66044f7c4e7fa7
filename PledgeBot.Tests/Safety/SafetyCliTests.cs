using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PledgeBot.Dialogs.Ports;
using PledgeBot.Safety;

namespace PledgeBot.Tests.Safety;

[Trait(TestCategory.Name, TestCategory.Unit)]
public sealed class SafetyCliTests
{
    [Fact]
    public async Task Writes_one_json_line_per_input_line_with_risk_categories_language_and_redacted_text()
    {
        var services = new ServiceCollection().AddSingleton<ITextAnalyzer>(SafetyTestContent.Analyzer).BuildServiceProvider();
        using var output = new StringWriter();

        await SafetyCli.RunAsync(services, new StringReader("ho bat em thue khach san mot minh\n\nsố mình là 0912 345 678\n"), output, CancellationToken.None);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        Assert.Equal("high", first.RootElement.GetProperty("risk").GetString());
        Assert.Equal("abduction_scam", first.RootElement.GetProperty("categories")[0].GetString());
        Assert.Equal("vi", first.RootElement.GetProperty("language").GetString());
        using var second = JsonDocument.Parse(lines[1]);
        Assert.Equal("số mình là [phone]", second.RootElement.GetProperty("redacted").GetString());
    }
}
