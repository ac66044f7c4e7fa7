using Microsoft.Extensions.Options;
using PledgeBot.Dialogs.Activities;
using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Engine.Prompts;
using PledgeBot.Dialogs.Engine.Turns;
using PledgeBot.Dialogs.Ports;
using PledgeBot.Dialogs.Safety;

namespace PledgeBot.Dialogs.Flows.TalkToSomeone.Counsel;

/// <summary>The young person's way into the counsellor console: during opening hours "Chat with a counsellor" puts the
/// conversation in the queue and says its place, with 111 beside it; out of hours the hours and 111 come at once.</summary>
public sealed class CounselDesk(
    ICounselQueue queue, IPseudonymizer pseudonymizer, IOptions<HandoffOptions> handoff, IOptions<CounselOptions> options, TimeProvider clock)
{
    private readonly Lazy<CounselHours> _hours = new(() =>
        CounselHours.TryParse(options.Value.Hours, options.Value.Days, out var hours, out var reason)
            ? hours
            : throw new InvalidOperationException(reason));

    public bool IsConsole => handoff.Value.EffectiveMode == HandoffMode.Console;

    public CounselHours Hours => _hours.Value;

    /// <summary>True when the console is on and counsellors are on duty now.</summary>
    public bool IsOpen => IsConsole && Hours.IsOpen(clock.GetUtcNow());

    public static StateKey? KeyOf(TurnContext turn, IPseudonymizer pseudonymizer)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(pseudonymizer);
        var conversationId = turn.Activity.Conversation?.Id;
        return string.IsNullOrEmpty(conversationId) ? null : pseudonymizer.ConversationKey(turn.ChannelId, conversationId);
    }

    public async Task BeginAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var now = clock.GetUtcNow();
        if (!Hours.IsOpen(now) || KeyOf(turn, pseudonymizer) is not { } key)
        {
            SayClosed(turn, null);
            return;
        }

        var pause = turn.State.SafetyPause;
        var risk = pause?.Risk ?? turn.Analysis?.Risk ?? RiskLevel.None;
        IReadOnlyList<string> categories = pause is { Category.Length: > 0 } ? [pause.Category] : turn.Analysis?.Categories ?? [];
        var request = new CounselRequest(key, ReferenceOf(turn.Activity), turn.Language, risk, categories, now);
        var seat = await queue.EnqueueAsync(request, cancellationToken);
        turn.State = turn.State with { Counselling = true, SafetyPause = null };
        turn.Say(CounselText.Queued, WaitingActions(turn), Position(turn, seat));
    }

    /// <summary>Out of hours: when counsellors are on, and 111 now; counted as a fallback to 111.</summary>
    public void SayClosed(TurnContext turn, SuggestedActions? actions)
    {
        ArgumentNullException.ThrowIfNull(turn);
        turn.Say(CounselText.Closed, actions, ("hours", Hours.HoursText), ("days", DaysText(turn)));
        var channel = turn.ChannelId;
        var at = clock.GetUtcNow();
        turn.AfterSave(token => queue.RecordFallbackAsync(channel, CounselFallback.OutOfHours, at, token));
    }

    /// <summary>Under a message to someone waiting: call 111, or go back to the bot.</summary>
    public static SuggestedActions WaitingActions(TurnContext turn) => SafetyChoices.With(turn, [CounselText.BackChoice]);

    public static (string Name, string Value) Position(TurnContext turn, CounselSeat seat)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(seat);
        return ("position", turn.Language.Format(Math.Max(seat.Position, 1)));
    }

    /// <summary>True when the message is one of <paramref name="choiceId"/>'s phrases.</summary>
    public static bool Means(TurnContext turn, string choiceId)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var match = new PhraseMatch(turn.Text);
        return !match.IsEmpty && turn.Content.ChoicePhrases(choiceId).Any(phrase => match.Is(phrase) || match.IsLoosely(phrase));
    }

    /// <summary>"quay lại bot" / "back to bot", typed or tapped.</summary>
    public static bool MeansBackToBot(TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var match = new PhraseMatch(turn.Text);
        return Means(turn, CounselText.BackChoice) || turn.Content.CommandPhrases(TalkText.BackToBot).Any(match.Is);
    }

    // Where to reach the conversation later, without the user's display name (Decree 13: nothing not needed).
    private static ConversationReference ReferenceOf(Activity activity) => activity.GetConversationReference() with
    {
        ActivityId = null,
        User = activity.From is null ? null : new ChannelAccount { Id = activity.From.Id, Role = activity.From.Role },
    };

    private string DaysText(TurnContext turn)
    {
        if (Hours.Days.Count == 7)
        {
            return turn.Content.Get(turn.Language, CounselText.EveryDay);
        }

        // Runs of days, Monday first: "T2–T6, CN".
        var week = Enumerable.Range(0, 7).Select(i => (DayOfWeek)((i + 1) % 7)).ToArray();
        var runs = new List<string>();
        for (var i = 0; i < week.Length; i++)
        {
            if (!Hours.Days.Contains(week[i]))
            {
                continue;
            }

            var end = i;
            while (end + 1 < week.Length && Hours.Days.Contains(week[end + 1]))
            {
                end++;
            }

            var first = turn.Content.Get(turn.Language, CounselText.Day(week[i]));
            runs.Add(end == i ? first : $"{first}–{turn.Content.Get(turn.Language, CounselText.Day(week[end]))}");
            i = end;
        }

        return string.Join(", ", runs);
    }
}
