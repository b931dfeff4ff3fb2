import Benchmark
import SMSCore

func registerAddressBenchmarks() {}
