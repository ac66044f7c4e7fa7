using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Engine;
using PledgeBot.Dialogs.Flows.Quiz;
using PledgeBot.Tests.Transcripts;

namespace PledgeBot.Tests.Flows.Quiz;

/// <summary>A test bot with the quiz registered, a seeded Random and a fixed clock, plus a twin of that Random: the
/// twin predicts which questions each round draws, so a transcript can answer them right or wrong on purpose.</summary>
public sealed class QuizGame
{
    public const int Seed = 20251010;

    public static readonly DateTimeOffset Now = new(2026, 11, 23, 3, 0, 0, TimeSpan.Zero);

    private readonly Random _twin = new(Seed);

    public QuizGame(Language language, Action<IServiceCollection>? configure = null) =>
        Bot = TestBot.Create(language, services =>
        {
            services.AddSingleton<Flow, QuizFlow>();
            services.AddSingleton(new Random(Seed));
            services.AddSingleton<TimeProvider>(new FakeTimeProvider(Now));
            configure?.Invoke(services);
        });

    public TestBot Bot { get; }

    public Language Language => Bot.Language;

    public ContentCatalog Content => Bot.Content;

    /// <summary>The questions the bot's next round will ask; call once per round, in the order the rounds start.</summary>
    public QuizRound NextRound() =>
        new(Content, Language, QuizDraw.Questions(Content.Quiz(Language), _twin, QuizFlow.RoundLength));

    /// <summary>The user joins, opens the quiz from the menu with <paramref name="menuEntry"/>, gets the first question.</summary>
    public Transcript Start(QuizRound round, string menuEntry = "quiz") => Bot.Transcript()
        .UserJoins().Bot(Text.Welcome.Greeting).Bot(Text.Menu.Prompt)
        .User(menuEntry)
        .Introduces(round);
}
