# SPDX-License-Identifier: MIT
"""scatterboard.compute against PyTorch: random modules of every kind give module(x); invalid
layers raise what PyTorch raises, with its message; what it cannot take is refused by name."""

import unittest
import warnings

import numpy
import torch

import scatterboard
from scatterboard._layer import write_npy
from layers import TOLERANCE, PrivateTemporaryFolder, random_layer, seeded


class ComputeTest(PrivateTemporaryFolder):

    def assertComputesLikeTheModule(self, module, x, description, output_size=None):
        expected = module(x, output_size) if output_size is not None else module(x)
        output = scatterboard.compute(module, x, output_size)
        self.assertEqual(output.shape, expected.shape, description)
        self.assertEqual(output.dtype, expected.dtype, description)
        self.assertTrue(torch.allclose(output, expected.detach(), rtol=TOLERANCE, atol=TOLERANCE),
                        f"{description}: differs by up to {(output - expected).abs().max().item():g}")

    def test_random_conv_transpose_2d_layers_give_the_modules_output(self):
        rng = seeded(2)
        for index in range(25):
            module, x, description = random_layer(rng)
            with self.subTest(index=index, layer=description):
                self.assertComputesLikeTheModule(module, x, description)
        self.assertEqual(self.leftovers(), [])

    def test_random_conv_transpose_1d_layers_give_the_modules_output(self):
        rng = seeded(1)
        for index in range(15):
            module, x, description = random_layer(rng, one_d=True)
            with self.subTest(index=index, layer=description):
                self.assertComputesLikeTheModule(module, x, description)

    def test_a_grouped_dilated_layer_with_bias_and_a_batch(self):
        torch.manual_seed(34)
        module = torch.nn.ConvTranspose2d(4, 6, (3, 2), stride=(2, 1), padding=1, output_padding=(1, 0),
                                          groups=2, dilation=(2, 1))
        self.assertComputesLikeTheModule(module, torch.randn(3, 4, 5, 4), "grouped, dilated, batched")

    def test_output_size_chooses_the_output_padding_as_in_forward(self):
        torch.manual_seed(5)
        module = torch.nn.ConvTranspose2d(2, 3, 3, stride=2, padding=1)
        self.assertComputesLikeTheModule(module, torch.randn(1, 2, 4, 5), "output_size [8, 10]", [8, 10])
        module_1d = torch.nn.ConvTranspose1d(2, 3, 3, stride=3)
        self.assertComputesLikeTheModule(module_1d, torch.randn(2, 2, 4), "1-D output_size [12]", [12])

    def test_nan_and_infinities_propagate_as_in_pytorch(self):
        module = torch.nn.ConvTranspose2d(1, 1, 2, stride=2, bias=False)
        x = torch.tensor([[[[1.0, float("nan")], [float("inf"), -float("inf")]]]])
        output = scatterboard.compute(module, x)
        expected = module(x).detach()
        self.assertTrue(torch.equal(output.isnan(), expected.isnan()))
        self.assertTrue(torch.equal(output.isinf(), expected.isinf()))
        finite = expected.isfinite()
        self.assertTrue(torch.allclose(output[finite], expected[finite], rtol=TOLERANCE, atol=TOLERANCE))

    def test_other_floating_types_are_converted_with_a_warning(self):
        torch.manual_seed(3)
        module = torch.nn.ConvTranspose2d(2, 2, 3, stride=2)
        x = torch.randn(1, 2, 3, 3)
        for dtype in (torch.float64, torch.float16, torch.bfloat16):
            with self.subTest(dtype=dtype), warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                output = scatterboard.compute(module, x.to(dtype))
                self.assertEqual(output.dtype, dtype)
                self.assertEqual(len(caught), 1)
                self.assertIn(str(dtype), str(caught[0].message))
                self.assertIn("float32", str(caught[0].message))
                self.assertEqual(caught[0].filename, __file__, "the warning points at the caller's line")
                # The program computes the float32 values of the converted input.
                expected = module(x.to(dtype).float()).detach()
                self.assertTrue(torch.allclose(output.float(), expected, rtol=1e-2, atol=1e-2))
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            scatterboard.compute(module, x)  # float32: no warning

    def test_invalid_layers_raise_pytorchs_exception_and_message(self):
        stride_one = torch.nn.ConvTranspose2d(2, 2, 3)
        stride_one.output_padding = (1, 1)  # accepted by the constructor's caller, refused by forward
        cases = [
            ("too few channels", torch.nn.ConvTranspose2d(4, 2, 3), torch.randn(1, 3, 4, 4), None),
            ("an output below one", torch.nn.ConvTranspose2d(2, 2, 3, padding=4), torch.randn(1, 2, 2, 2), None),
            ("a 2-D input", torch.nn.ConvTranspose2d(2, 2, 3), torch.randn(2, 2), None),
            ("output_padding not below stride", stride_one, torch.randn(1, 2, 3, 3), None),
            ("an output_size out of reach", torch.nn.ConvTranspose2d(2, 2, 3, stride=2), torch.randn(1, 2, 2, 2),
             [9, 9]),
            ("a 1-D input of 4 dimensions", torch.nn.ConvTranspose1d(2, 2, 3), torch.randn(1, 2, 3, 3), None),
        ]
        for name, module, x, output_size in cases:
            with self.subTest(name):
                with self.assertRaises(Exception) as pytorch:
                    module(x, output_size) if output_size else module(x)
                with self.assertRaises(Exception) as ours:
                    scatterboard.compute(module, x, output_size)
                self.assertIs(type(ours.exception), type(pytorch.exception))
                self.assertEqual(str(ours.exception), str(pytorch.exception))
        self.assertEqual(self.leftovers(), [], "a failure leaves no temporary files")

    def test_other_modules_are_refused_naming_the_ones_it_takes(self):
        for module in (torch.nn.Conv2d(1, 1, 3), torch.nn.ConvTranspose3d(1, 1, 3), torch.nn.Linear(3, 3)):
            with self.subTest(type(module).__name__):
                with self.assertRaises(TypeError) as refused:
                    scatterboard.compute(module, torch.randn(1, 1, 3, 3))
                self.assertIn("ConvTranspose1d", str(refused.exception))
                self.assertIn("ConvTranspose2d", str(refused.exception))
                self.assertIn(type(module).__name__, str(refused.exception))

    def test_inputs_that_are_not_floating_point_tensors_are_refused(self):
        module = torch.nn.ConvTranspose2d(1, 1, 3)
        for x in ([[1.0, 2.0]], torch.ones(1, 1, 3, 3, dtype=torch.int64), torch.ones(1, 1, 3, 3, dtype=torch.bool)):
            with self.subTest(type(x).__name__), self.assertRaises(TypeError):
                scatterboard.compute(module, x)

    def test_padding_modes_other_than_zeros_get_pytorchs_refusal(self):
        module = torch.nn.ConvTranspose2d(1, 1, 3)
        module.padding_mode = "reflect"
        with self.assertRaises(ValueError) as pytorch:
            module(torch.ones(1, 1, 3, 3))
        with self.assertRaises(ValueError) as ours:
            scatterboard.compute(module, torch.ones(1, 1, 3, 3))
        self.assertEqual(str(ours.exception), str(pytorch.exception))

    def test_an_uninitialized_lazy_module_is_refused_and_an_initialized_one_computes(self):
        lazy = torch.nn.LazyConvTranspose2d(3, 2, stride=2)
        x = torch.randn(1, 2, 3, 3)
        with self.assertRaises(ValueError):
            scatterboard.compute(lazy, x)
        lazy(x)
        self.assertComputesLikeTheModule(lazy, x, "an initialized LazyConvTranspose2d")

    def test_npy_files_read_back_with_numpy(self):
        # The package writes .npy files itself (it needs no NumPy); NumPy is the reference here.
        for tensor in (torch.randn(2, 3, 4, 5), torch.randn(7), torch.randn(5, 4).t(), torch.empty(0, 3),
                       torch.randn(3, 3, dtype=torch.float64)):
            with self.subTest(shape=list(tensor.shape)):
                folder = self._folder.name
                write_npy(f"{folder}/t.npy", tensor)
                with open(f"{folder}/t.npy", "rb") as file:
                    header_end = 10 + int.from_bytes(file.read(10)[8:10], "little")
                    self.assertEqual(header_end % 64, 0, "the data starts 64-byte aligned")
                read = numpy.load(f"{folder}/t.npy")
                self.assertEqual(read.dtype, numpy.float32)
                self.assertTrue(numpy.array_equal(read, tensor.float().numpy()))


if __name__ == "__main__":
    unittest.main()
