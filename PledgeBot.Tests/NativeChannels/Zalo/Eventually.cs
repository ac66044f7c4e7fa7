namespace PledgeBot.Tests.NativeChannels.Zalo;

/// <summary>Polls a condition on what the fake recorded, instead of sleeping a fixed time.</summary>
public static class Eventually
{
    public static async Task<T> WaitAsync<T>(Func<T> read, Func<T, bool> done, TimeSpan? timeout = null)
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
                Assert.Fail($"Timed out waiting; last value: {value}");
            }

            await Task.Delay(20);
        }
    }
}
