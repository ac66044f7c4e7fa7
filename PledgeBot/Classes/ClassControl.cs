using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Flows.Classes;
using PledgeBot.Dialogs.Ports;

namespace PledgeBot.Classes;

/// <summary>Moves a class on at the teacher's command — lobby → question → reveal → next question … → ended — once
/// however many tabs or instances click, then wakes every screen and sends the students their messages.</summary>
public sealed class ClassControl(ClassStore store, ClassSignals signals, ClassDelivery delivery, IContentSource content, TimeProvider time, ILogger<ClassControl> logger)
{
    public async Task<ClassMoveResult> MoveAsync(string code, ClassMove move, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(code, cancellationToken) is not { } session)
        {
            return new ClassMoveResult(null, null);
        }

        var (phase, index, refusal) = Target(session, move);
        if (refusal is not null)
        {
            return new ClassMoveResult(session, refusal);
        }

        var now = time.GetUtcNow();
        var endsAt = phase == ClassPhase.Question ? now.AddSeconds(session.SecondsPerQuestion) : session.EndsAt;
        var questionId = index >= 0 && index < session.Questions.Count ? session.Questions[index] : null;
        var question = ClassMessages.Find(content.Current, session.Language, questionId);
        var answer = question is null ? -1 : ClassMessages.CorrectOption(question);
        if (!await store.AdvanceAsync(session, phase, index, endsAt, answer, questionId, cancellationToken))
        {
            return new ClassMoveResult(session, "The class was moved on by another click; the screen shows where it is now.");
        }

        logger.ClassMoved(code, move.ToString(), index);
        signals.Publish(code);
        var moved = session with { Phase = phase, Index = index, EndsAt = endsAt, AnsweredNow = phase == ClassPhase.Question ? 0 : session.AnsweredNow };
        _ = delivery.Enqueue(new ClassDeliveryJob(moved, phase));
        return new ClassMoveResult(moved, null);
    }

    private static (ClassPhase Phase, int Index, string? Refusal) Target(ClassSession session, ClassMove move) => (move, session.Phase) switch
    {
        (_, ClassPhase.Ended) => (session.Phase, session.Index, "The class has ended."),
        (ClassMove.End, _) => (ClassPhase.Ended, session.Index, null),
        (ClassMove.Start, ClassPhase.Lobby) => (ClassPhase.Question, 0, null),
        (ClassMove.Start, _) => (session.Phase, session.Index, "The class has already started."),
        (ClassMove.Reveal, ClassPhase.Question) => (ClassPhase.Reveal, session.Index, null),
        (ClassMove.Reveal, _) => (session.Phase, session.Index, "There is no open question to reveal."),
        (ClassMove.Next, ClassPhase.Reveal) when session.Index + 1 < session.Questions.Count => (ClassPhase.Question, session.Index + 1, null),
        (ClassMove.Next, ClassPhase.Reveal) => (ClassPhase.Ended, session.Index, null),
        (ClassMove.Next, ClassPhase.Lobby) => (session.Phase, session.Index, "Start the class first."),
        _ => (session.Phase, session.Index, "Show the answer before the next question."),
    };
}
