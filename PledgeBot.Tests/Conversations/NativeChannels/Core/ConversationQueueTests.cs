using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PledgeBot.Conversations.NativeChannels;

namespace PledgeBot.Tests.Conversations.NativeChannels.Core;

[Trait(TestCategory.Name, TestCategory.Unit)]
public sealed class ConversationQueueTests
{
    private static readonly TimeSpan s_wait = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task OneConversationsItemsRunOneAtATimeInArrivalOrder()
    {
        using var queue = Queue(concurrency: 8);
        var order = new List<int>();
        var running = 0;
        var overlapped = false;
        var done = new TaskCompletionSource();
        for (var i = 0; i < 20; i++)
        {
            var item = i;
            Assert.True(queue.TryEnqueue("a", async token =>
            {
                overlapped |= Interlocked.Increment(ref running) > 1;
                await Task.Delay(Random.Shared.Next(0, 4), token);
                lock (order)
                {
                    order.Add(item);
                }

                Interlocked.Decrement(ref running);
                if (item == 19)
                {
                    done.SetResult();
                }
            }));
        }

        await done.Task.WaitAsync(s_wait);
        Assert.False(overlapped);
        Assert.Equal(Enumerable.Range(0, 20), order);
    }

    [Fact]
    public async Task DifferentConversationsRunSideBySide()
    {
        using var queue = Queue(concurrency: 8);
        var release = new TaskCompletionSource();
        var startedA = new TaskCompletionSource();
        var startedB = new TaskCompletionSource();
        queue.TryEnqueue("a", async _ => { startedA.SetResult(); await release.Task; });
        queue.TryEnqueue("b", async _ => { startedB.SetResult(); await release.Task; });

        await Task.WhenAll(startedA.Task, startedB.Task).WaitAsync(s_wait);
        release.SetResult();
    }

    [Fact]
    public async Task NoMoreConversationsRunAtOnceThanTheConcurrencyAllows()
    {
        using var queue = Queue(concurrency: 2);
        var release = new TaskCompletionSource();
        var started = 0;
        var twoStarted = new TaskCompletionSource();
        for (var i = 0; i < 5; i++)
        {
            queue.TryEnqueue($"c{i}", async _ =>
            {
                if (Interlocked.Increment(ref started) == 2)
                {
                    twoStarted.SetResult();
                }

                await release.Task;
            });
        }

        await twoStarted.Task.WaitAsync(s_wait);
        await Task.Delay(100);
        Assert.Equal(2, Volatile.Read(ref started));

        release.SetResult();
        await WaitUntilAsync(() => queue.Pending == 0);
        Assert.Equal(5, Volatile.Read(ref started));
    }

    [Fact]
    public async Task AFullQueueRefusesUntilItDrains()
    {
        using var queue = Queue(concurrency: 4, capacity: 3);
        var release = new TaskCompletionSource();
        for (var i = 0; i < 3; i++)
        {
            Assert.True(queue.TryEnqueue($"c{i % 2}", _ => release.Task));
        }

        Assert.False(queue.TryEnqueue("c9", _ => Task.CompletedTask));
        Assert.Equal(3, queue.Pending);

        release.SetResult();
        await WaitUntilAsync(() => queue.Pending == 0);
        Assert.True(queue.TryEnqueue("c9", _ => Task.CompletedTask));
    }

    [Fact]
    public async Task AFailingItemDoesNotStopItsConversation()
    {
        using var queue = Queue(concurrency: 2);
        var second = new TaskCompletionSource();
        queue.TryEnqueue("a", _ => throw new InvalidOperationException("boom"));
        queue.TryEnqueue("a", _ =>
        {
            second.SetResult();
            return Task.CompletedTask;
        });

        await second.Task.WaitAsync(s_wait);
    }

    [Fact]
    public async Task StoppingWaitsForQueuedWorkAndThenRefusesMore()
    {
        using var queue = Queue(concurrency: 1);
        var release = new TaskCompletionSource();
        var finished = 0;
        queue.TryEnqueue("a", async _ => { await release.Task; Interlocked.Increment(ref finished); });
        queue.TryEnqueue("b", _ => { Interlocked.Increment(ref finished); return Task.CompletedTask; });

        var stopping = queue.StopAsync(CancellationToken.None);
        Assert.False(stopping.IsCompleted);
        Assert.False(queue.TryEnqueue("c", _ => Task.CompletedTask));

        release.SetResult();
        await stopping.WaitAsync(s_wait);
        Assert.Equal(2, Volatile.Read(ref finished));
    }

    [Fact]
    public async Task StoppingGivesUpAfterTheDrainTimeoutAndCancelsTheWork()
    {
        using var queue = Queue(concurrency: 1, drain: TimeSpan.FromMilliseconds(100));
        var cancelled = new TaskCompletionSource();
        queue.TryEnqueue("a", async token =>
        {
            try
            {
                await Task.Delay(Timeout.Infinite, token);
            }
            catch (OperationCanceledException)
            {
                cancelled.SetResult();
                throw;
            }
        });

        await queue.StopAsync(CancellationToken.None).WaitAsync(s_wait);
        await cancelled.Task.WaitAsync(s_wait);
    }

    private static ConversationQueue Queue(int concurrency, int capacity = 1000, TimeSpan? drain = null) => new(
        Options.Create(new ChannelsOptions { Concurrency = concurrency, Capacity = capacity, DrainTimeout = drain ?? TimeSpan.FromSeconds(10) }),
        NullLogger<ConversationQueue>.Instance);

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + s_wait;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The condition did not hold in time.");
            await Task.Delay(10);
        }
    }
}
