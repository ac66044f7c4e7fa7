using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using PledgeBot.Store;
using StackExchange.Redis;

namespace PledgeBot.Tests.Fixtures;

/// <summary>A real redis-server on a free loopback port, without persistence, for one test collection.</summary>
public sealed class RedisServerFixture : IStoreServer, IAsyncLifetime
{
    private static readonly TimeSpan s_startTimeout = TimeSpan.FromSeconds(10);

    private readonly ConcurrentQueue<string> _output = new();
    private Process? _process;
    private ConnectionMultiplexer? _multiplexer;

    public string Endpoint { get; private set; } = string.Empty;

    public IConnectionMultiplexer Multiplexer => _multiplexer ?? throw new InvalidOperationException("redis-server has not started.");

    public async Task<IConnectionMultiplexer> ConnectAsync() =>
        await ConnectionMultiplexer.ConnectAsync(StoreConnection.Options(Endpoint));

    public async Task InitializeAsync()
    {
        var port = LoopbackPort.Free();
        Endpoint = string.Create(CultureInfo.InvariantCulture, $"127.0.0.1:{port}");
        var startInfo = new ProcessStartInfo(FindBinary())
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        string[] arguments =
        [
            "--port", port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1",
            "--save", "", "--appendonly", "no", "--daemonize", "no",
        ];
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        _process = Process.Start(startInfo) ?? throw new InvalidOperationException("redis-server did not start.");
        _process.OutputDataReceived += (_, line) => _output.Enqueue(line.Data ?? string.Empty);
        _process.ErrorDataReceived += (_, line) => _output.Enqueue(line.Data ?? string.Empty);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        await WaitUntilListeningAsync(port);
        _multiplexer = await ConnectionMultiplexer.ConnectAsync(StoreConnection.Options(Endpoint));
        await _multiplexer.GetDatabase().PingAsync();
    }

    public async Task DisposeAsync()
    {
        if (_multiplexer is not null)
        {
            await _multiplexer.DisposeAsync();
        }

        if (_process is not null)
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }

            _process.Dispose();
        }
    }

    private async Task WaitUntilListeningAsync(int port)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            if (_process!.HasExited)
            {
                throw new InvalidOperationException($"redis-server exited at start:\n{string.Join('\n', _output)}");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException) when (deadline.Elapsed < s_startTimeout)
            {
                await Task.Delay(25);
            }
        }
    }

    private static string FindBinary()
    {
        string[] candidates =
        [
            "/usr/bin/redis-server",
            .. (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
                .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
                .Select(directory => Path.Combine(directory, OperatingSystem.IsWindows() ? "redis-server.exe" : "redis-server")),
        ];
        return candidates.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException(
                "The store integration tests need the redis-server binary (looked in /usr/bin and on PATH). " +
                "Install it with `sudo apt-get install redis-server`.");
    }
}
