#!/usr/bin/env python3
# newsift's one fine-tuning path (training only; nothing here runs at analysis time).
#
# Fine-tunes a BERT-family sentence encoder shipped as ONNX (all-MiniLM-L6-v2 from langchain4j's Maven
# artifact) with one or more classification heads, and exports the result as ONNX for ONNX Runtime in the JVM.
# Several heads share the encoder (multi-task learning): each batch holds one head's examples and trains the
# encoder and that head, so one encoder pass serves every head at analysis time.
# The Java side (org.newsift.models.finetune.FineTuner, which extracts this file from its jar) tokenizes with the same tokenizer the runtime uses,
# writes the examples, calls this script and calibrates the result, so tokenization can never drift
# between training and serving.
#
#   finetune.py --base BASE.onnx --heads heads.json --out model.onnx
#
# heads.json: a list of heads, each {"name", "task": "sequence"|"token", "labels": N, "train": FILE, "epochs": E,
# "balance": true|false}. A single head is exported with the output "logits", several with their names.
# A train file has one example a line, {"ids": [...], "label": k} (sequence) or {"ids": [...], "labels": [...]}
# (token; -100 = ignored position). ids include [CLS] and [SEP].
# Determinism: fixed seed, fixed thread count, deterministic algorithms, a seeded shuffle: the same
# inputs give the same weights. Needs Debian's python3-torch and python3-onnx.
import argparse
import json
import math
import random
import sys
import time

import numpy as np
import onnx
import torch
from onnx import helper, numpy_helper, TensorProto


class Layer(torch.nn.Module):
    def __init__(self, d, heads, ff):
        super().__init__()
        self.heads = heads
        self.q, self.k, self.v = torch.nn.Linear(d, d), torch.nn.Linear(d, d), torch.nn.Linear(d, d)
        self.o = torch.nn.Linear(d, d)
        self.ln1 = torch.nn.LayerNorm(d, eps=1e-12)
        self.ff1, self.ff2 = torch.nn.Linear(d, ff), torch.nn.Linear(ff, d)
        self.ln2 = torch.nn.LayerNorm(d, eps=1e-12)
        self.drop = torch.nn.Dropout(0.1)

    def forward(self, x, bias):
        b, n, d = x.shape
        h = self.heads

        def split(t):
            return t.view(b, n, h, d // h).transpose(1, 2)

        att = split(self.q(x)) @ split(self.k(x)).transpose(-1, -2) / math.sqrt(d // h) + bias
        ctx = (self.drop(att.softmax(-1)) @ split(self.v(x))).transpose(1, 2).reshape(b, n, d)
        x = self.ln1(x + self.drop(self.o(ctx)))
        return self.ln2(x + self.drop(self.ff2(torch.nn.functional.gelu(self.ff1(x)))))


class Encoder(torch.nn.Module):
    """BERT as the ONNX graph computes it, with linear heads on every token or on the mean of the tokens."""

    def __init__(self, vocab, positions, d, heads, ff, layers, tasks):
        super().__init__()
        self.tasks = [t["task"] for t in tasks]
        self.word = torch.nn.Embedding(vocab, d)
        self.pos = torch.nn.Embedding(positions, d)
        self.token_types = torch.nn.Embedding(2, d)
        self.ln = torch.nn.LayerNorm(d, eps=1e-12)
        self.layers = torch.nn.ModuleList([Layer(d, heads, ff) for _ in range(layers)])
        self.drop = torch.nn.Dropout(0.1)
        if len(tasks) == 1:
            self.head = torch.nn.Linear(d, tasks[0]["labels"])  # the name every single-head model was trained with
        else:
            self.heads = torch.nn.ModuleList([torch.nn.Linear(d, t["labels"]) for t in tasks])

    def forward(self, input_ids, attention_mask, token_type_ids):
        n = input_ids.shape[1]
        positions = torch.arange(n, device=input_ids.device).unsqueeze(0)
        x = self.ln(self.word(input_ids) + self.pos(positions) + self.token_types(token_type_ids))
        mask = attention_mask.to(x.dtype)
        bias = (1.0 - mask)[:, None, None, :] * -10000.0
        for layer in self.layers:
            x = layer(self.drop(x), bias)
        pooled = (x * mask[:, :, None]).sum(1) / mask.sum(1, keepdim=True) if "sequence" in self.tasks else None
        heads = [self.head] if len(self.tasks) == 1 else list(self.heads)
        outs = tuple(head(self.drop(x if task == "token" else pooled)) for head, task in zip(heads, self.tasks))
        return outs[0] if len(outs) == 1 else outs


def load_base(path, tasks, keep=0):
    """Builds the encoder and fills it from the ONNX initializers (MatMul weights are found through the
    Add that follows them, since the exporter left them unnamed)."""
    m = onnx.load(path)
    init = {t.name: numpy_helper.to_array(t) for t in m.graph.initializer}
    consumers = {}
    for node in m.graph.node:
        for i in node.input:
            consumers.setdefault(i, []).append(node)
    named = dict(init)
    for node in m.graph.node:
        if node.op_type == "MatMul" and node.input[1] in init:
            for add in consumers.get(node.output[0], []):
                bias = [i for i in add.input if i in init and i.endswith(".bias")]
                if bias:
                    named[bias[0][:-len(".bias")] + ".weight"] = init[node.input[1]].T
    word = named["embeddings.word_embeddings.weight"]
    layers = 1 + max(int(k.split(".")[2]) for k in named if k.startswith("encoder.layer."))
    if keep > 0:
        layers = min(layers, keep)  # the first layers only: a cheaper encoder for a head run on every sentence
    d = word.shape[1]
    ff = named["encoder.layer.0.intermediate.dense.bias"].shape[0]
    heads = d // 32  # MiniLM and bge-small: 32-wide heads
    model = Encoder(word.shape[0], named["embeddings.position_embeddings.weight"].shape[0], d, heads, ff, layers, tasks)
    names = {"word.weight": "embeddings.word_embeddings.weight", "pos.weight": "embeddings.position_embeddings.weight",
             "token_types.weight": "embeddings.token_type_embeddings.weight", "ln.weight": "embeddings.LayerNorm.weight",
             "ln.bias": "embeddings.LayerNorm.bias"}
    parts = {"q": "attention.self.query", "k": "attention.self.key", "v": "attention.self.value",
             "o": "attention.output.dense", "ln1": "attention.output.LayerNorm", "ff1": "intermediate.dense",
             "ff2": "output.dense", "ln2": "output.LayerNorm"}
    for i in range(layers):
        for ours, theirs in parts.items():
            for w in ("weight", "bias"):
                names[f"layers.{i}.{ours}.{w}"] = f"encoder.layer.{i}.{theirs}.{w}"
    state = model.state_dict()
    for ours, theirs in names.items():
        state[ours] = torch.from_numpy(np.array(named[theirs], dtype=np.float32)).float()
    model.load_state_dict(state)
    return model


def batches(examples, size, rng):
    order = list(range(len(examples)))
    rng.shuffle(order)
    for i in range(0, len(order), size):
        yield [examples[j] for j in order[i:i + size]]


def tensors(batch, task):
    n = max(len(e["ids"]) for e in batch)
    ids = torch.zeros(len(batch), n, dtype=torch.long)
    mask = torch.zeros(len(batch), n, dtype=torch.long)
    y = torch.full((len(batch), n), -100, dtype=torch.long) if task == "token" else torch.zeros(len(batch), dtype=torch.long)
    for r, e in enumerate(batch):
        ids[r, :len(e["ids"])] = torch.tensor(e["ids"])
        mask[r, :len(e["ids"])] = 1
        if task == "token":
            y[r, :len(e["labels"])] = torch.tensor(e["labels"])
        else:
            y[r] = e["label"]
    return ids, mask, torch.zeros_like(ids), y


def schedule(heads, args, rng):
    """Every head's batches, epoch by epoch; several heads' batches are then shuffled together, so that each step
    trains one head and no head's examples come all at the end."""
    out = []
    for h, head in enumerate(heads):
        for _ in range(head["epochs"]):
            out += [(h, batch) for batch in batches(head["examples"], args.batch, rng)]
    if len(heads) > 1:
        rng.shuffle(out)
    return out


def loss_function(head):
    weight = None
    if head["task"] == "sequence" and head.get("balance"):
        counts = np.bincount([e["label"] for e in head["examples"]], minlength=head["labels"])
        weight = torch.tensor(len(head["examples"]) / (head["labels"] * np.maximum(counts, 1)), dtype=torch.float)
    return torch.nn.CrossEntropyLoss(weight=weight, ignore_index=-100)


def train(model, heads, args):
    rng = random.Random(args.seed)
    params = [p for n, p in model.named_parameters() if not (args.freeze_embeddings and n == "word.weight")]
    opt = torch.optim.AdamW(params, lr=args.lr, weight_decay=0.01)
    plan = schedule(heads, args, rng)
    steps = len(plan)
    warm = max(1, steps // 10)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min((s + 1) / warm, max(0.0, (steps - s) / (steps - warm))))
    losses = [loss_function(head) for head in heads]
    totals = [[0.0, 0] for _ in heads]
    model.train()
    started = time.time()
    for step, (h, batch) in enumerate(plan, 1):
        head = heads[h]
        ids, mask, types, y = tensors(batch, head["task"])
        logits = model(ids, mask, types)
        if len(heads) > 1:
            logits = logits[h]
        loss = losses[h](logits.reshape(-1, head["labels"]), y.reshape(-1))
        opt.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(params, 1.0)
        opt.step()
        sched.step()
        totals[h][0] += loss.item()
        totals[h][1] += 1
        if step % 25 == 0:
            print(f"[finetune] step {step}/{steps}, {time.time() - started:.0f} s", file=sys.stderr, flush=True)
    for head, (total, n) in zip(heads, totals):
        print(f"[finetune] {head['name']}: {n} steps, mean loss {total / max(n, 1):.4f}", file=sys.stderr, flush=True)
    model.eval()


def export(model, path, heads):
    ids = torch.tensor([[101, 2023, 2003, 102]])
    outputs = ["logits"] if len(heads) == 1 else [head["name"] for head in heads]
    axes = {"input_ids": {0: "batch", 1: "seq"}, "attention_mask": {0: "batch", 1: "seq"},
            "token_type_ids": {0: "batch", 1: "seq"}}
    for name, head in zip(outputs, heads):
        axes[name] = {0: "batch", 1: "seq"} if head["task"] == "token" else {0: "batch"}
    torch.onnx.export(model, (ids, torch.ones_like(ids), torch.zeros_like(ids)), path,
                      input_names=["input_ids", "attention_mask", "token_type_ids"], output_names=outputs,
                      dynamic_axes=axes, opset_version=13, do_constant_folding=True)
    quantize_weights(path)
    integer_matmuls(path)


def quantize_weights(path):
    """Stores every large weight matrix as int8 with one scale per output column (per row for embeddings),
    behind a DequantizeLinear node: a quarter of the file size, and ONNX Runtime computes in float as before."""
    m = onnx.load(path)
    consumers = {}
    for node in m.graph.node:
        for i in node.input:
            consumers.setdefault(i, []).append(node)
    kept, nodes = [], []
    for t in m.graph.initializer:
        w = numpy_helper.to_array(t)
        if w.dtype != np.float32 or w.ndim != 2 or w.size < 65536:
            kept.append(t)
            continue
        axis = 0 if any(c.op_type == "Gather" for c in consumers.get(t.name, [])) else 1
        scale = np.abs(w).max(axis=1 - axis) / 127.0
        scale[scale == 0] = 1.0
        shape = (-1, 1) if axis == 0 else (1, -1)
        q = np.clip(np.round(w / scale.reshape(shape)), -127, 127).astype(np.int8)
        kept += [numpy_helper.from_array(q, t.name + "_q"), numpy_helper.from_array(scale.astype(np.float32), t.name + "_scale"),
                 numpy_helper.from_array(np.zeros(scale.shape, np.int8), t.name + "_zero")]
        nodes.append(helper.make_node("DequantizeLinear", [t.name + "_q", t.name + "_scale", t.name + "_zero"], [t.name],
                                      axis=axis))
    del m.graph.initializer[:]
    m.graph.initializer.extend(kept)
    all_nodes = nodes + list(m.graph.node)
    del m.graph.node[:]
    m.graph.node.extend(all_nodes)
    onnx.checker.check_model(m)
    onnx.save(m, path)


def integer_matmuls(path):
    """Turns each MatMul with an int8 weight into ONNX's integer form: the input is quantized to uint8 on the
    fly (DynamicQuantizeLinear), multiplied in integers (MatMulInteger) and scaled back, as ONNX Runtime's own
    dynamic quantization does. Serving then computes in int8, about three times faster on a CPU than the same
    weights in float; the embedding tables stay behind DequantizeLinear (a lookup, not a product)."""
    m = onnx.load(path)
    g = m.graph
    dq = {n.output[0]: n for n in g.node if n.op_type == "DequantizeLinear"}
    used = {}
    for n in g.node:
        for i in n.input:
            used.setdefault(i, []).append(n)
    nodes = []
    dropped = set()
    for n in g.node:
        if n.op_type == "MatMul" and n.input[1] in dq and all(c.op_type == "MatMul" for c in used[n.input[1]]):
            d = dq[n.input[1]]
            wq, ws, wz = d.input
            x, y = n.input[0], n.output[0]
            p = y + "_int"
            nodes += [helper.make_node("DynamicQuantizeLinear", [x], [p + "_xq", p + "_xs", p + "_xz"]),
                      helper.make_node("MatMulInteger", [p + "_xq", wq, p + "_xz", wz], [p + "_i32"]),
                      helper.make_node("Cast", [p + "_i32"], [p + "_f"], to=TensorProto.FLOAT),
                      helper.make_node("Mul", [p + "_xs", ws], [p + "_s"]),
                      helper.make_node("Mul", [p + "_f", p + "_s"], [y])]
            dropped.add(d.output[0])
        else:
            nodes.append(n)
    nodes = [n for n in nodes if not (n.op_type == "DequantizeLinear" and n.output[0] in dropped)]
    del g.node[:]
    g.node.extend(nodes)
    onnx.checker.check_model(m)
    onnx.save(m, path)


def main():
    p = argparse.ArgumentParser(description="newsift: fine-tune an ONNX BERT encoder with classification heads")
    p.add_argument("--base", required=True)
    p.add_argument("--heads", required=True, help="the heads and their training files (JSON, see the top of this file)")
    p.add_argument("--out", required=True)
    p.add_argument("--batch", type=int, default=16)
    p.add_argument("--lr", type=float, default=5e-5)
    p.add_argument("--seed", type=int, default=13)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--freeze-embeddings", action="store_true")
    p.add_argument("--layers", type=int, default=0, help="keep only the base encoder's first N layers (0: all)")
    args = p.parse_args()
    torch.manual_seed(args.seed)
    torch.set_num_threads(args.threads)
    torch.use_deterministic_algorithms(True)
    with open(args.heads, encoding="utf-8") as f:
        heads = json.load(f)
    for head in heads:
        with open(head["train"], encoding="utf-8") as f:
            head["examples"] = [json.loads(line) for line in f if line.strip()]
        if not head["examples"]:
            sys.exit("finetune.py: no training examples in " + head["train"])
        print(f"[finetune] head {head['name']}: {len(head['examples'])} examples, {head['labels']} labels, "
              f"{head['epochs']} epochs", file=sys.stderr, flush=True)
    model = load_base(args.base, heads, args.layers)
    train(model, heads, args)
    export(model, args.out, heads)


if __name__ == "__main__":
    main()
