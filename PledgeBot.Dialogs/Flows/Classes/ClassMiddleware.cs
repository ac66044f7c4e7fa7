using Microsoft.Extensions.Logging;
using PledgeBot.Dialogs.Activities;
using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Engine;
using PledgeBot.Dialogs.Engine.Prompts;
using PledgeBot.Dialogs.Engine.Turns;
using PledgeBot.Dialogs.Flows.Welcome;
using PledgeBot.Dialogs.Ports;

namespace PledgeBot.Dialogs.Flows.Classes;

/// <summary>A student's side of a class session: joining by any shape of the code (an open flow is parked, to be
/// resumed from the menu), answering the open question by tap, letter or words, and leaving. Runs after the safety
/// check, so a student in danger gets help first and privately; anything else goes on to the bot.</summary>
public sealed class ClassMiddleware(IClassRoom classes, IPseudonymizer pseudonymizer, ILogger<ClassMiddleware> logger) : ITurnMiddleware
{
    public async Task OnTurnAsync(TurnContext context, TurnHandler next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var userId = context.Activity.From?.Id;
        if (string.IsNullOrEmpty(userId) || context.State.HandedOff)
        {
            await next(context, cancellationToken);
            return;
        }

        var student = pseudonymizer.HashUser(context.ChannelId, userId);
        if (ClassJoinRequest.Find(context.Activity) is { } request)
        {
            await JoinAsync(context, student, request, cancellationToken);
            return;
        }

        if (context.Activity.IsType(ActivityTypes.Message) && IsLeave(context))
        {
            await LeaveAsync(context, student, cancellationToken);
            return;
        }

        if (context.State.Class is { } seat && context.Activity.IsType(ActivityTypes.Message) && context.Command == GlobalCommand.None
            && await TryAnswerAsync(context, seat, student, cancellationToken))
        {
            return;
        }

        await next(context, cancellationToken);
    }

    private async Task JoinAsync(TurnContext turn, UserHash student, ClassJoinRequest request, CancellationToken cancellationToken)
    {
        ApplyLocale(turn, request.Locale);
        var join = ClassCodeFormat.TryNormalize(request.Code, out var code)
            ? await classes.JoinAsync(code, student, ReferenceOf(turn.Activity), cancellationToken)
            : ClassJoin.Unknown;
        logger.ClassJoinAttempted(code ?? "-", turn.ChannelId, join.Kind.ToString());
        turn.State = turn.State with { Greeted = true };
        if (!join.Seated)
        {
            var key = join.Kind switch { ClassJoinKind.Ended => ClassText.Ended, ClassJoinKind.Full => ClassText.Full, _ => ClassText.Unknown };
            turn.Say(key, DialogStack.IsActive(turn) ? null : MainMenu.Actions(turn), ("code", (code ?? request.Code).ToUpperInvariant()));
            return;
        }

        DialogStack.Park(turn);
        turn.State = turn.State with { Class = new ClassSeat(code!, join.Nickname) };
        turn.Language = join.Language;
        var welcome = join.Kind == ClassJoinKind.Joined ? ClassText.Joined : ClassText.Rejoined;
        turn.Say(welcome, null, ("name", join.ClassName), ("nickname", join.Nickname), ("score", join.Score.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        if (join.Progress is { Phase: ClassPhase.Question, Answered: false } progress && progress.EndsAt > turn.Clock.GetUtcNow())
        {
            SendQuestion(turn, progress);
        }
    }

    private async Task LeaveAsync(TurnContext turn, UserHash student, CancellationToken cancellationToken)
    {
        if (turn.State.Class is not { } seat)
        {
            turn.Say(ClassText.NotInClass, MainMenu.Actions(turn));
            return;
        }

        await classes.LeaveAsync(seat.Code, student, cancellationToken);
        logger.ClassLeft(seat.Code, turn.ChannelId);
        turn.State = turn.State with { Class = null };
        turn.Say(ClassText.Left, MainMenu.Actions(turn));
    }

    private async Task<bool> TryAnswerAsync(TurnContext turn, ClassSeat seat, UserHash student, CancellationToken cancellationToken)
    {
        var progress = await classes.ProgressAsync(seat.Code, student, cancellationToken);
        if (progress is null or { Phase: ClassPhase.Ended })
        {
            turn.State = turn.State with { Class = null };
            return false;
        }

        var question = ClassMessages.Find(turn.Content, progress.Language, progress.QuestionId);
        var option = question is null ? null : ClassMessages.Pick(turn.Content, turn.Text, question);
        if (option is null)
        {
            // Words that are no answer: while the student still owes one, the question comes again; otherwise the bot.
            if (progress is { Phase: ClassPhase.Question, Answered: false } && question is not null && !DialogStack.IsActive(turn)
                && progress.EndsAt > turn.Clock.GetUtcNow())
            {
                turn.Language = progress.Language;
                turn.Say(ClassText.PickOption);
                SendQuestion(turn, progress);
                return true;
            }

            return false;
        }

        turn.Language = progress.Language;
        var outcome = progress.Phase == ClassPhase.Question
            ? await classes.AnswerAsync(seat.Code, student, progress.Index, option.Value, turn.Activity.Id ?? string.Empty, cancellationToken)
            : ClassAnswerOutcome.TooLate;
        logger.ClassAnswered(seat.Code, turn.ChannelId, outcome.ToString());
        switch (outcome)
        {
            case ClassAnswerOutcome.Counted:
                turn.Say(ClassText.Received, null, ("letter", Quiz.QuizCard.Letter(option.Value)));
                break;
            case ClassAnswerOutcome.AlreadyAnswered:
                turn.Say(ClassText.AlreadyAnswered);
                break;
            case ClassAnswerOutcome.TooLate:
                turn.Say(ClassText.TimeUp);
                break;
            default:
                turn.State = turn.State with { Class = null };
                return false;
        }

        return true;
    }

    private static void SendQuestion(TurnContext turn, ClassProgress progress)
    {
        if (ClassMessages.Find(turn.Content, progress.Language, progress.QuestionId) is not { } question)
        {
            return;
        }

        var seconds = (int)Math.Ceiling((progress.EndsAt - turn.Clock.GetUtcNow()).TotalSeconds);
        var line = ClassMessages.Question(turn.Content, progress.Language, question, progress.Index, progress.Total, seconds);
        turn.Language = progress.Language;
        turn.Send(line.Text, line.Actions);
    }

    private static bool IsLeave(TurnContext turn)
    {
        var match = new PhraseMatch(turn.Text);
        return !match.IsEmpty && turn.Content.CommandPhrases(ClassText.LeaveCommand).Any(match.Is);
    }

    // What the host needs to message the student later, without their display name (Decree 13/2023: data minimisation).
    // The activity id rides along only to tell a re-run of this turn from a later join; the host does not keep it.
    private static ConversationReference ReferenceOf(Activity activity) => activity.GetConversationReference() with
    {
        User = activity.From is null ? null : new ChannelAccount { Id = activity.From.Id },
        Conversation = activity.Conversation is null
            ? null
            : new ConversationAccount { Id = activity.Conversation.Id, IsGroup = activity.Conversation.IsGroup, TenantId = activity.Conversation.TenantId },
    };

    private static void ApplyLocale(TurnContext turn, string? locale)
    {
        if (locale is not null
            && (locale.StartsWith("vi", StringComparison.OrdinalIgnoreCase) || locale.StartsWith("en", StringComparison.OrdinalIgnoreCase)))
        {
            turn.Language = Languages.FromLocale(locale);
            turn.State = turn.State with { ChosenLanguage = turn.Language };
        }
    }
}
