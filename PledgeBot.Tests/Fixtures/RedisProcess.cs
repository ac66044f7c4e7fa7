using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace PledgeBot.Tests.Fixtures;

/// <summary>One redis-server process on loopback, in the foreground, its output kept for failure messages.</summary>
public sealed class RedisProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private RedisProcess(Process process, int port)
    {
        _process = process;
        Port = port;
        _process.OutputDataReceived += (_, line) => _output.Enqueue(line.Data ?? string.Empty);
        _process.ErrorDataReceived += (_, line) => _output.Enqueue(line.Data ?? string.Empty);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public int Port { get; }

    public string Output => string.Join('\n', _output);

    /// <summary>Starts redis-server on 127.0.0.1:<paramref name="port"/> without persistence, plus any arguments.</summary>
    public static RedisProcess Start(int port, params string[] arguments)
    {
        var startInfo = new ProcessStartInfo(RedisBinary.Find("redis-server"))
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        string[] all =
        [
            "--port", port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1",
            "--save", "", "--appendonly", "no", "--daemonize", "no", .. arguments,
        ];
        foreach (var argument in all)
        {
            startInfo.ArgumentList.Add(argument);
        }

        return new RedisProcess(Process.Start(startInfo) ?? throw new InvalidOperationException("redis-server did not start."), port);
    }

    public async Task WaitUntilListeningAsync(TimeSpan timeout)
    {
        var elapsed = Stopwatch.StartNew();
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"redis-server on port {Port} exited at start:\n{Output}");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException) when (elapsed.Elapsed < timeout)
            {
                await Task.Delay(25);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
