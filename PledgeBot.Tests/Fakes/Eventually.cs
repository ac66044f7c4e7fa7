namespace PledgeBot.Tests.Fakes;

/// <summary>Polls a condition on what a fake recorded (or any state a test waits for), instead of sleeping a fixed
/// time; fails with what was last seen.</summary>
public static class Eventually
{
    public static async Task<T> WaitAsync<T>(Func<T> read, Func<T, bool> done, TimeSpan? timeout = null, Func<T, string>? describe = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (true)
        {
            var value = read();
            if (done(value))
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Timed out waiting; last seen: {(describe is null ? value?.ToString() : describe(value))}");
            }

            await Task.Delay(20);
        }
    }
}
