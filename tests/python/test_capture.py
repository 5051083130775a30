# SPDX-License-Identifier: MIT
"""scatterboard.capture: one forward pass of a DCGAN-like generator records every ConvTranspose
call in order, each with the activation that really reached it, which compute turns into the
output the layer gave in that pass."""

import unittest

import torch
from torch import nn

import scatterboard
from layers import TOLERANCE, PrivateTemporaryFolder


def dcgan_generator(latent=16, features=8):
    """DCGAN's generator (Radford et al.), narrower: a latent vector up to a 3×32×32 picture."""
    return nn.Sequential(
        nn.ConvTranspose2d(latent, features * 4, 4, 1, 0, bias=False),
        nn.BatchNorm2d(features * 4), nn.ReLU(True),
        nn.ConvTranspose2d(features * 4, features * 2, 4, 2, 1, bias=False),
        nn.BatchNorm2d(features * 2), nn.ReLU(True),
        nn.ConvTranspose2d(features * 2, features, 4, 2, 1, bias=False),
        nn.BatchNorm2d(features), nn.ReLU(True),
        nn.ConvTranspose2d(features, 3, 4, 2, 1, bias=False), nn.Tanh())


class Decoder1d(nn.Module):
    """A 1-D decoder that calls one layer twice, the second time with an output_size, and changes
    an activation in place after a layer has read it."""

    def __init__(self):
        super().__init__()
        self.up = nn.ConvTranspose1d(2, 2, 3, stride=2)
        self.head = nn.Sequential(nn.ConvTranspose1d(2, 1, 2, dilation=2))

    def forward(self, x):
        hidden = torch.relu(self.up(x))
        wider = self.up(hidden, [2 * hidden.shape[-1] + 2])  # one more than the module's own size
        out = self.head(wider)
        wider.mul_(0)  # after head read it: the capture keeps what head saw
        return out


class CaptureTest(PrivateTemporaryFolder):

    def test_every_layer_of_a_dcgan_generator_with_its_real_input_in_order(self):
        torch.manual_seed(0)
        generator = dcgan_generator().eval()
        z = torch.randn(2, 16, 1, 1)
        calls = scatterboard.capture(generator, z)

        # What each layer saw, stepping through the Sequential by hand.
        expected_inputs, expected_outputs, activation = [], [], z
        with torch.no_grad():
            for layer in generator:
                if isinstance(layer, nn.ConvTranspose2d):
                    expected_inputs.append(activation.clone())
                    expected_outputs.append(layer(activation).clone())
                activation = layer(activation)

        self.assertEqual([call.name for call in calls], ["0", "3", "6", "9"])
        self.assertEqual([call.module for call in calls], [generator[index] for index in (0, 3, 6, 9)])
        self.assertEqual([list(call.input.shape) for call in calls],
                         [[2, 16, 1, 1], [2, 32, 4, 4], [2, 16, 8, 8], [2, 8, 16, 16]])
        for call, expected_input, expected_output in zip(calls, expected_inputs, expected_outputs):
            with self.subTest(call.name):
                self.assertTrue(torch.equal(call.input, expected_input))
                self.assertFalse(call.input.requires_grad)
                self.assertIsNone(call.output_size)
                self.assertTrue(torch.allclose(call.compute(), expected_output, rtol=TOLERANCE, atol=TOLERANCE))
        self.assertIn("<svg", calls[-1].show(view="overlap").svg)
        self.assertEqual(self.leftovers(), [])

    def test_names_are_qualified_in_nested_models(self):
        model = nn.Sequential()
        model.add_module("decoder", nn.ModuleDict({"up1": nn.ConvTranspose2d(1, 1, 2, 2)}))
        model.add_module("out", nn.ConvTranspose2d(1, 1, 3))

        class Run(nn.Module):
            def __init__(self):
                super().__init__()
                self.inner = model

            def forward(self, x):
                return self.inner.out(self.inner.decoder["up1"](x))

        calls = scatterboard.capture(Run(), torch.randn(1, 1, 3, 3))
        self.assertEqual([call.name for call in calls], ["inner.decoder.up1", "inner.out"])
        self.assertIn("inner.decoder.up1", repr(calls[0]))

    def test_a_layer_called_twice_with_an_output_size_and_changed_afterwards(self):
        torch.manual_seed(4)
        model = Decoder1d()
        x = torch.randn(1, 2, 4)
        calls = scatterboard.capture(model, x)
        self.assertEqual([call.name for call in calls], ["up", "up", "head.0"])
        self.assertEqual([list(call.input.shape) for call in calls], [[1, 2, 4], [1, 2, 9], [1, 2, 20]])
        self.assertIsNone(calls[0].output_size)
        self.assertEqual(calls[1].output_size, [20])
        self.assertTrue(calls[2].input.abs().sum() > 0, "the in-place change after the call is not in the capture")
        with torch.no_grad():
            hidden = torch.relu(model.up(x))
            self.assertTrue(torch.equal(calls[1].input, hidden))
            self.assertTrue(torch.allclose(calls[1].compute(), model.up(hidden, [20]), rtol=TOLERANCE, atol=TOLERANCE))
            self.assertTrue(torch.allclose(calls[2].compute(), model.head(model.up(hidden, [20])),
                                           rtol=TOLERANCE, atol=TOLERANCE))

    def test_hooks_are_removed_even_when_the_forward_pass_fails(self):
        generator = dcgan_generator()
        with self.assertRaises(RuntimeError):
            scatterboard.capture(generator, torch.randn(2, 5, 1, 1))  # 5 channels where 16 are expected
        self.assertTrue(all(not module._forward_hooks for module in generator.modules()))
        scatterboard.capture(generator, torch.randn(2, 16, 1, 1))
        self.assertTrue(all(not module._forward_hooks for module in generator.modules()))

    def test_a_model_without_conv_transpose_layers_gives_no_calls(self):
        self.assertEqual(scatterboard.capture(nn.Sequential(nn.Linear(3, 3), nn.ReLU()), torch.randn(2, 3)), [])


if __name__ == "__main__":
    unittest.main()
