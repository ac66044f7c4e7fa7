using System.Text.Json;
using Microsoft.Extensions.Options;
using PledgeBot.Conversations;
using PledgeBot.Dialogs.Activities;
using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Flows.Classes;
using PledgeBot.Dialogs.Ports;

namespace PledgeBot.Classes;

/// <summary>Sends a move's messages to every seated student through their channel's normal send path
/// (<see cref="IProactiveSender"/>), paced per channel, a few students side by side. One class's jobs run in order (a
/// question never overtakes the reveal before it); classes run independently. At the end the references are dropped.</summary>
public sealed class ClassDelivery(
    ClassStore store, IContentSource content, IProactiveSender sender, ClassPacing pacing, IOptions<ClassesOptions> options,
    TimeProvider time, IHostApplicationLifetime lifetime, ILogger<ClassDelivery> logger)
{
    private readonly Dictionary<string, Task> _chains = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>Queues <paramref name="job"/> behind the class's earlier ones; the task ends when it is done.</summary>
    public Task Enqueue(ClassDeliveryJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        var code = job.Session.Code;
        Task next;
        lock (_lock)
        {
            var previous = _chains.GetValueOrDefault(code) ?? Task.CompletedTask;
            next = previous.ContinueWith(_ => RunAsync(job), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default).Unwrap();
            _chains[code] = next;
        }

        _ = next.ContinueWith(
            _ =>
            {
                lock (_lock)
                {
                    if (_chains.TryGetValue(code, out var last) && last == next)
                    {
                        _chains.Remove(code);
                    }
                }
            },
            CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
        return next;
    }

    private async Task RunAsync(ClassDeliveryJob job)
    {
        var session = job.Session;
        var cancellationToken = lifetime.ApplicationStopping;
        try
        {
            var references = await store.ReferencesAsync(session.Code);
            var lines = await LinesAsync(job);
            var delivered = 0;
            var failed = 0;
            await Parallel.ForEachAsync(
                references,
                new ParallelOptions { MaxDegreeOfParallelism = options.Value.SendConcurrency, CancellationToken = cancellationToken },
                async (student, token) =>
                {
                    if (lines(student.Key) is not { } line
                        || JsonSerializer.Deserialize(student.Value, ProtocolJsonContext.Wire.ConversationReference) is not { } reference)
                    {
                        return;
                    }

                    await pacing.WaitAsync(reference, token);
                    var outcome = await sender.SendAsync(reference, [line.ToActivity()], token);
                    Interlocked.Increment(ref outcome == ProactiveOutcome.Delivered ? ref delivered : ref failed);
                });
            logger.ClassDelivered(session.Code, job.Phase.ToString(), delivered, failed);
            if (job.Phase == ClassPhase.Ended)
            {
                await store.DropReferencesAsync(session.Code);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The delivery is its own request boundary: a failure is logged, and the students can still answer by typing.
            logger.ClassDeliveryFailed(session.Code, job.Phase.ToString(), exception.GetType().Name);
        }
    }

    // The line for one student (by hash), or null when there is nothing to send them.
    private async Task<Func<string, ClassLine?>> LinesAsync(ClassDeliveryJob job)
    {
        var session = job.Session;
        var catalog = content.Current;
        var question = ClassMessages.Find(catalog, session.Language, session.QuestionId);
        switch (job.Phase)
        {
            case ClassPhase.Question when question is not null:
                var seconds = (int)Math.Ceiling((session.EndsAt - time.GetUtcNow()).TotalSeconds);
                var asked = ClassMessages.Question(catalog, session.Language, question, session.Index, session.Questions.Count, seconds);
                return _ => asked;
            case ClassPhase.Reveal when question is not null:
                var answers = await store.AnswersAsync(session.Code, session.Index);
                return student => ClassMessages.Reveal(catalog, session.Language, question, answers.TryGetValue(student, out var chosen) ? chosen : null);
            case ClassPhase.Ended:
                var scores = await store.ScoresAsync(session.Code);
                var total = Math.Max(0, Math.Min(session.Index + 1, session.Questions.Count));
                return student => ClassMessages.End(catalog, session.Language, scores.GetValueOrDefault(student), total);
            default:
                return _ => null;
        }
    }
}
