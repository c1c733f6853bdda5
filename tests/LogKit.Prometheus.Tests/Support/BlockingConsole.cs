using System.Text;

namespace LogKit.Prometheus.Tests.Support;

/// <summary>
/// Replaces <see cref="Console.Out"/> with a writer that holds the console sink's writer thread at its
/// first write until released, so that a queue fills deterministically. Restores the console on dispose.
/// </summary>
public sealed class BlockingConsole : IDisposable
{
    readonly TextWriter _original = Console.Out;
    readonly Gate _gate = new();

    public BlockingConsole() => Console.SetOut(_gate);

    /// <summary>Waits until the writer thread is inside a write.</summary>
    public void WaitUntilBlocked() => _gate.Entered.Wait(TimeSpan.FromSeconds(10)).Should().BeTrue("the console writer should have started writing");

    public void Release() => _gate.Released.Set();

    public string Written => _gate.Text;

    public void Dispose()
    {
        Release();
        Console.SetOut(_original);
    }

    sealed class Gate : TextWriter
    {
        readonly StringBuilder _text = new();

        public ManualResetEventSlim Entered { get; } = new();

        public ManualResetEventSlim Released { get; } = new();

        public string Text
        {
            get
            {
                lock (_text)
                    return _text.ToString();
            }
        }

        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => Hold(value.ToString());

        public override void Write(string? value) => Hold(value);

        public override void Write(char[] buffer, int index, int count) => Hold(new string(buffer, index, count));

        void Hold(string? value)
        {
            Entered.Set();
            Released.Wait();
            lock (_text)
                _text.Append(value);
        }
    }
}
