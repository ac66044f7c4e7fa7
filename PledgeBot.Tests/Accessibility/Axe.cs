using System.Text.Json;
using Microsoft.Playwright;
using PledgeBot.Tests.Conversations.DirectLine;

namespace PledgeBot.Tests.Accessibility;

/// <summary>Runs axe-core in a page and returns its violations. The script is evaluated through the browser's
/// debugging protocol, which the pages' strict CSP does not apply to (an injected script tag would be refused).
/// Each run's findings are written to TestResults/axe/NAME.json for people to read.</summary>
internal static class Axe
{
    public static string ResultFolder => Path.Combine(ChromiumFixture.RepositoryRoot, "TestResults", "axe");

    public static async Task<IReadOnlyList<AxeViolation>> RunAsync(IPage page, string name)
    {
        await page.EvaluateAsync(await File.ReadAllTextAsync(ChromiumFixture.AxeScript));
        var json = await page.EvaluateAsync<JsonElement>("""
            async () => {
              const result = await axe.run(document, { resultTypes: ['violations', 'passes'] });
              return {
                passes: result.passes.length,
                violations: result.violations.map(v => ({
                  id: v.id, impact: v.impact || 'minor', help: v.help,
                  targets: v.nodes.slice(0, 5).map(n => n.target.join(' '))
                }))
              };
            }
            """);
        Directory.CreateDirectory(ResultFolder);
        await File.WriteAllTextAsync(Path.Combine(ResultFolder, $"{name}.json"), json.GetRawText());
        return [.. json.GetProperty("violations").EnumerateArray().Select(v => new AxeViolation(
            v.GetProperty("id").GetString()!,
            v.GetProperty("impact").GetString()!,
            v.GetProperty("help").GetString()!,
            [.. v.GetProperty("targets").EnumerateArray().Select(t => t.GetString()!)]))];
    }

    /// <summary>The violations a page may not have: serious or critical.</summary>
    public static IReadOnlyList<string> Blocking(IReadOnlyList<AxeViolation> violations) =>
        [.. violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Impact} {v.Id}: {v.Help} at {string.Join(", ", v.Targets)}")];
}
