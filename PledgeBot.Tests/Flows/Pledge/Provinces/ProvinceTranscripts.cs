using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Engine;
using PledgeBot.Dialogs.Flows.Pledge.Provinces;
using PledgeBot.Tests.Transcripts;

namespace PledgeBot.Tests.Flows.Pledge.Provinces;

/// <summary>A bot whose menu's "pledge" entry asks only the province question, and what that question shows.</summary>
public static class ProvinceTranscripts
{
    public static TestBot ProvinceBot(Language language, Action<IServiceCollection>? configure = null) => TestBot.Create(language, services =>
    {
        services.Replace(ServiceDescriptor.Singleton<IContentSource, ProvinceTestContent>());
        services.AddSingleton<Flow, ProvinceFlow>();
        services.AddSingleton<Flow, PledgeStubFlow>();
        configure?.Invoke(services);
    });

    public static Transcript AtRegionQuestion(TestBot bot) => bot.Transcript()
        .UserJoins().Bot(Text.Welcome.Greeting).Bot(Text.Menu.Prompt)
        .User(bot.Content.ChoiceTitle(bot.Language, "menu.pledge"))
        .Bot(ProvinceText.AskRegion, Regions(bot));

    public static string[] Regions(TestBot bot) => [.. ProvinceText.Regions.Select(id => bot.Content.ChoiceTitle(bot.Language, id))];

    public static string RegionTitle(TestBot bot, string region) => bot.Content.ChoiceTitle(bot.Language, ProvinceText.RegionChoice(region));

    public static (string Name, string Value)[] Region(TestBot bot, string region) => [("region", RegionTitle(bot, region))];

    public static string[] Names(TestBot bot, string region) =>
        [.. bot.Content.Provinces(bot.Language).Where(unit => unit.Region == region).Select(unit => unit.Name)];
}
