using PledgeBot.Dialogs.Activities;
using PledgeBot.Dialogs.Content;

namespace PledgeBot.Tests.Transcripts;

/// <summary>A conversation written as it reads: the user says X, the bot answers with the text of content key Y and
/// these buttons. Every reply must be accounted for before the user speaks again.</summary>
public sealed class Transcript(TestBot bot)
{
    private readonly List<Func<Queue<Activity>, Task>> _steps = [];
    private Language _language = bot.Language;
    private Activity? _last;

    public Transcript User(string text) => Add(async replies =>
    {
        AssertAllSeen(replies, $"before the user said \"{text}\"");
        foreach (var reply in (await bot.SendAsync(bot.Message(text))).Replies)
        {
            replies.Enqueue(reply);
        }
    });

    public Transcript UserSends(Func<TestBot, Activity> activity) => Add(async replies =>
    {
        AssertAllSeen(replies, "before the user's activity");
        foreach (var reply in (await bot.SendAsync(activity(bot))).Replies)
        {
            replies.Enqueue(reply);
        }
    });

    /// <summary>The next reply is an event named <paramref name="name"/>; <paramref name="check"/> looks further.</summary>
    public Transcript BotEvent(string name, Action<Activity>? check = null) => Add(replies =>
    {
        Assert.True(replies.Count > 0, "The bot sent fewer replies than the transcript expects.");
        var reply = replies.Dequeue();
        _last = reply;
        Assert.Equal(ActivityTypes.Event, reply.Type);
        Assert.Equal(name, reply.Name);
        check?.Invoke(reply);
        return Task.CompletedTask;
    });

    public Transcript UserJoins() => Add(async replies =>
    {
        AssertAllSeen(replies, "before the user joined");
        foreach (var reply in (await bot.SendAsync(bot.Joins())).Replies)
        {
            replies.Enqueue(reply);
        }
    });

    /// <summary>From here on, expect replies in <paramref name="language"/>.</summary>
    public Transcript Speaking(Language language)
    {
        _steps.Add(_ =>
        {
            _language = language;
            return Task.CompletedTask;
        });
        return this;
    }

    /// <summary>The next reply is the text of <paramref name="key"/>; when <paramref name="actions"/> are given, its
    /// suggested actions carry exactly those titles.</summary>
    public Transcript Bot(TextKey key, params string[] actions) => Reply(reply =>
    {
        Assert.Equal(bot.Content.Get(_language, key), reply.Text);
        AssertActions(reply, actions);
    });

    /// <summary>The next reply starts with the text of <paramref name="hint"/> and then asks <paramref name="question"/>
    /// (a choice then lists its options by number).</summary>
    public Transcript BotRetries(TextKey hint, TextKey question, params string[] actions) => Reply(reply =>
    {
        Assert.StartsWith(bot.Content.Get(_language, hint) + "\n\n" + bot.Content.Get(_language, question), reply.Text, StringComparison.Ordinal);
        AssertActions(reply, actions);
    });

    /// <summary>The next reply is <paramref name="key"/> filled with <paramref name="arguments"/>.</summary>
    public Transcript Bot(TextKey key, (string Name, string Value)[] arguments, params string[] actions) => Reply(reply =>
    {
        Assert.Equal(bot.Content.Get(_language, key, arguments), reply.Text);
        AssertActions(reply, actions);
    });

    /// <summary>The next reply starts with the text of <paramref name="key"/> (a safety reply may add the danger-now
    /// line) and carries exactly the buttons <paramref name="actions"/>.</summary>
    public Transcript BotStartingWith(TextKey key, params string[] actions) => Reply(reply =>
    {
        Assert.StartsWith(bot.Content.Get(_language, key), reply.Text, StringComparison.Ordinal);
        AssertActions(reply, actions);
    });

    /// <summary>The next reply is help for someone who may be in danger — the general help offer or one category's
    /// advice — with 111 in it and the safety choices ("Call 111", "I want to say more", "Later"), no game buttons.</summary>
    public Transcript BotHelps() => Reply(reply =>
    {
        Assert.Contains("111", reply.Text, StringComparison.Ordinal);
        var titles = reply.SuggestedActions?.Actions.Select(a => a.Title).ToArray() ?? [];
        Assert.Equal(bot.Content.ChoiceTitle(_language, "safety.call"), titles.FirstOrDefault());
        Assert.Contains(bot.Content.ChoiceTitle(_language, "safety.later"), titles);
        Assert.DoesNotContain(bot.Content.ChoiceTitle(_language, "menu.quiz"), titles);
    });

    /// <summary>The next reply contains <paramref name="fragment"/>.</summary>
    public Transcript BotContaining(string fragment) => Reply(reply => Assert.Contains(fragment, reply.Text, StringComparison.Ordinal));

    /// <summary>The next reply's text passes <paramref name="check"/>.</summary>
    public Transcript BotWhere(Action<string> check) => Reply(reply => check(reply.Text ?? string.Empty));

    /// <summary>The reply just checked carries exactly the buttons <paramref name="actions"/>.</summary>
    public Transcript WithButtons(params string[] actions) => Add(_ =>
    {
        Assert.NotNull(_last);
        AssertActions(_last!, actions);
        return Task.CompletedTask;
    });

    /// <summary>The reply just checked also mentions <paramref name="fragment"/>.</summary>
    public Transcript BotMentions(string fragment) => Add(_ =>
    {
        Assert.NotNull(_last);
        Assert.Contains(fragment, _last!.Text, StringComparison.Ordinal);
        return Task.CompletedTask;
    });

    /// <summary>The next reply is <paramref name="key"/> with the main menu's buttons.</summary>
    public Transcript BotWithMenu(TextKey key) => Bot(key, MenuTitles());

    /// <summary>Every reply so far has been checked: the bot said nothing more.</summary>
    public Transcript Silent() => Add(replies =>
    {
        AssertAllSeen(replies, "where the bot should be silent");
        return Task.CompletedTask;
    });

    public string[] MenuTitles() =>
    [
        bot.Content.ChoiceTitle(_language, "menu.pledge"),
        bot.Content.ChoiceTitle(_language, "menu.quiz"),
        bot.Content.ChoiceTitle(_language, "menu.talk"),
        bot.Content.Get(_language, Text.Menu.OtherLanguage),
    ];

    public async Task RunAsync()
    {
        var replies = new Queue<Activity>();
        foreach (var step in _steps)
        {
            await step(replies);
        }

        AssertAllSeen(replies, "at the end of the transcript");
    }

    private Transcript Reply(Action<Activity> check) => Add(replies =>
    {
        Assert.True(replies.Count > 0, "The bot sent fewer replies than the transcript expects.");
        var reply = replies.Dequeue();
        _last = reply;
        Assert.Equal(_language.Locale(), reply.Locale);
        check(reply);
        return Task.CompletedTask;
    });

    private Transcript Add(Func<Queue<Activity>, Task> step)
    {
        _steps.Add(step);
        return this;
    }

    private static void AssertActions(Activity reply, string[] expected)
    {
        if (expected.Length == 0)
        {
            return;
        }

        Assert.NotNull(reply.SuggestedActions);
        Assert.Equal(expected, reply.SuggestedActions!.Actions.Select(action => action.Title).ToArray());
    }

    private static void AssertAllSeen(Queue<Activity> replies, string where) =>
        Assert.True(replies.Count == 0, $"Unexpected reply {where}: \"{replies.FirstOrDefault()?.Text}\"");
}
